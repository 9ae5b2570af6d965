/**
 * How certification keeps and renders its records: JPA repositories, the certificate PDF with its
 * QR code, and the reading of import files.
 */
package org.facilitatoracademy.certification.infrastructure;
