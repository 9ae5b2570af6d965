package org.facilitatoracademy.verification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.verification.domain.IssuerKeys;
import org.facilitatoracademy.verification.domain.IssuerProfile;
import org.facilitatoracademy.verification.domain.OpenBadgeCredential;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.StatusListCredential;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * Signed credentials: a holder's certificate as an Open Badges 3.0 VC-JWT, the status lists those
 * credentials point to, and the keys that verify both. Credentials are signed when asked for, so a
 * renewal's new expiry is in the next download.
 */
@Stateless
public class SignedCredentials {

  /** The media type of a VC secured as a JWT. */
  public static final String VC_JWT = "application/vc+jwt";

  @Inject private VerificationRepository repository;
  @Inject private IssuerKeys keys;
  @Inject private AchievementWordings wordings;
  @Inject private VerificationSettings settings;
  @Inject private BaseUrl baseUrl;
  @Inject private AuditLog audit;
  @Resource private SessionContext session;

  /** The caller's certificate as a signed credential; another person's does not exist for them. */
  @RolesAllowed("TRAINEE")
  public String credentialFor(String certificateId) {
    String caller = session.getCallerPrincipal().getName();
    VerifiableCertificate certificate =
        repository
            .findByCertificateId(certificateId)
            .filter(c -> c.heldBy(caller))
            .orElseThrow(() -> BusinessException.notFound("The certificate"));
    StatusList list = repository.statusList(certificate.statusListId()).orElseThrow();
    OpenBadgeCredential credential =
        new OpenBadgeCredential(
            issuer(),
            certificate,
            repository.subjectOf(caller),
            wordings.of(certificate.credential()),
            list);
    return keys.sign(credential.toJwtPayload());
  }

  /** A status list as a signed Bitstring Status List credential. */
  @PermitAll
  public Optional<String> statusList(String publicId) {
    return repository
        .statusListByPublicId(publicId)
        .map(list -> keys.sign(new StatusListCredential(issuer(), list).toJwtPayload()));
  }

  /** Every public key that signed or signs credentials. */
  @PermitAll
  public String publicKeys() {
    return keys.publicKeySet();
  }

  /** A new signing key from now on; earlier keys stay published. */
  @RolesAllowed("ADMIN")
  public String rotateKey() {
    String kid = keys.rotate();
    audit.record(session.getCallerPrincipal().getName(), "issuer-key.rotated", kid, null);
    return kid;
  }

  private IssuerProfile issuer() {
    return new IssuerProfile(baseUrl.value(), settings.issuerName());
  }
}
