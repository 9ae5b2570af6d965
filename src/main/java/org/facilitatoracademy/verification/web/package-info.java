/**
 * Verification's pages and the addresses outside the API: {@code /verify} and {@code
 * /verify/<code>} (the QR target, rendered on the server so it works without JavaScript), the
 * holder's log of checks, and the issuer's JWK Set at {@code /.well-known/jwks.json}.
 */
package org.facilitatoracademy.verification.web;
