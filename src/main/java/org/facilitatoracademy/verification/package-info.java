/**
 * Public verification of certificates: look-up by code on a page and through the API, signed Open
 * Badges 3.0 credentials, revocation status lists and the issuer's keys. A credential can reveal
 * someone's recovery history, so this context shows only what the holder chose to show — display
 * name, credential, a neutral status word, dates and issuer — and keeps no record of who checked.
 * It learns about certificates only from the certification context's events.
 */
package org.facilitatoracademy.verification;
