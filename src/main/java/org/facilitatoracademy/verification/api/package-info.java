/**
 * Verification's REST resources under {@code /api/v1}: public look-ups by code, status lists, the
 * holder's signed credential and log of checks, and key rotation for administrators.
 */
package org.facilitatoracademy.verification.api;
