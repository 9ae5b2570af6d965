package org.facilitatoracademy.certification.domain;

/** A certificate's status before and after one change. */
public record StatusChange(CertificateStatus from, CertificateStatus to) {}
