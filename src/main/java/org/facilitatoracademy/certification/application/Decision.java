package org.facilitatoracademy.certification.application;

import org.facilitatoracademy.certification.domain.ApplicationStatus;

/**
 * The outcome of a coordinator's decision.
 *
 * @param certificateId the issued certificate on approval, null on rejection
 * @param code its verification code, grouped, on approval
 */
public record Decision(
    String applicationId, ApplicationStatus status, String certificateId, String code) {}
