package org.facilitatoracademy.verification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.verification.domain.DataIntegrity;
import org.facilitatoracademy.verification.domain.DataIntegrityKeys;
import org.facilitatoracademy.verification.domain.IssuerKeys;
import org.facilitatoracademy.verification.domain.IssuerProfile;
import org.facilitatoracademy.verification.domain.OpenBadgeCredential;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.StatusListCredential;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * Signed credentials: a holder's certificate as an Open Badges 3.0 VC-JWT or as JSON-LD with a Data
 * Integrity proof, the status lists those credentials point to (in the same two forms), and the
 * keys that verify them (a JWK Set and a DID document). Credentials are signed when asked for, so a
 * renewal's new expiry is in the next download.
 */
@Stateless
public class SignedCredentials {

  /** The media type of a VC secured as a JWT. */
  public static final String VC_JWT = "application/vc+jwt";

  /** The media type of a VC as JSON-LD, secured with an embedded Data Integrity proof. */
  public static final String VC_LD = "application/vc+ld+json";

  @Inject private VerificationRepository repository;
  @Inject private IssuerKeys keys;
  @Inject private DataIntegrityKeys dataIntegrityKeys;
  @Inject private DataIntegrity dataIntegrity;
  @Inject private AchievementWordings wordings;
  @Inject private VerificationSettings settings;
  @Inject private BaseUrl baseUrl;
  @Inject private AuditLog audit;
  @Resource private SessionContext session;

  /** The caller's certificate as a signed credential; another person's does not exist for them. */
  @RolesAllowed("TRAINEE")
  public String credentialFor(String certificateId) {
    return keys.sign(credentialOf(heldByCaller(certificateId)).toJwtPayload());
  }

  /**
   * The caller's certificate as JSON-LD with an {@code eddsa-rdfc-2022} proof, naming the holder by
   * their pseudonym.
   */
  @RolesAllowed("TRAINEE")
  public JsonObject linkedDataCredentialFor(String certificateId) {
    OpenBadgeCredential credential = credentialOf(heldByCaller(certificateId));
    return dataIntegrity.secure(
        credential.toLinkedData(credential.subject().uri()), issuer().did());
  }

  /**
   * The certificate as JSON-LD with a Data Integrity proof whose subject is the DID of the wallet
   * the holder added it to. Called by the wallet exchange once the wallet proved control of it.
   */
  @PermitAll
  public JsonObject linkedDataCredentialFor(VerifiableCertificate certificate, String walletDid) {
    return dataIntegrity.secure(credentialOf(certificate).toLinkedData(walletDid), issuer().did());
  }

  /** A status list as a signed Bitstring Status List credential. */
  @PermitAll
  public Optional<String> statusList(String publicId) {
    return repository
        .statusListByPublicId(publicId)
        .map(list -> keys.sign(new StatusListCredential(issuer(), list).toJwtPayload()));
  }

  /** A status list as JSON-LD with the same kind of proof as the credentials pointing to it. */
  @PermitAll
  public Optional<JsonObject> linkedDataStatusList(String publicId) {
    return repository
        .statusListByPublicId(publicId)
        .map(
            list ->
                dataIntegrity.secure(
                    new StatusListCredential(issuer(), list).toLinkedData(), issuer().did()));
  }

  /**
   * The issuer's DID document: every Ed25519 key that signed or signs, newest first, as {@code
   * Multikey} verification methods usable for {@code assertionMethod}.
   */
  @PermitAll
  public JsonObject didDocument() {
    String did = issuer().did();
    JsonArrayBuilder methods = Json.createArrayBuilder();
    JsonArrayBuilder assertion = Json.createArrayBuilder();
    for (String key : dataIntegrityKeys.publicKeys()) {
      String id = did + "#" + key;
      methods.add(
          Json.createObjectBuilder()
              .add("id", id)
              .add("type", "Multikey")
              .add("controller", did)
              .add("publicKeyMultibase", key));
      assertion.add(id);
    }
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/did/v1")
                .add("https://w3id.org/security/multikey/v1"))
        .add("id", did)
        .add("verificationMethod", methods)
        .add("assertionMethod", assertion)
        .build();
  }

  /** The one public JWK a VC-JWT's {@code kid} names. */
  @PermitAll
  public Optional<String> publicKey(String thumbprint) {
    return keys.publicKey(thumbprint);
  }

  /** Every public key that signed or signs credentials. */
  @PermitAll
  public String publicKeys() {
    return keys.publicKeySet();
  }

  /**
   * New signing keys from now on, for VC-JWTs and for Data Integrity proofs alike; earlier keys
   * stay published. Returns the new JWT key's id.
   */
  @RolesAllowed("ADMIN")
  public String rotateKey() {
    String kid = keys.rotate();
    String multikey = dataIntegrityKeys.rotate();
    audit.record(session.getCallerPrincipal().getName(), "issuer-key.rotated", kid, null);
    audit.record(session.getCallerPrincipal().getName(), "issuer-key.rotated", multikey, null);
    return kid;
  }

  private VerifiableCertificate heldByCaller(String certificateId) {
    String caller = session.getCallerPrincipal().getName();
    return repository
        .findByCertificateId(certificateId)
        .filter(c -> c.heldBy(caller))
        .orElseThrow(() -> BusinessException.notFound("The certificate"));
  }

  private OpenBadgeCredential credentialOf(VerifiableCertificate certificate) {
    StatusList list = repository.statusList(certificate.statusListId()).orElseThrow();
    return new OpenBadgeCredential(
        issuer(),
        certificate,
        repository.subjectOf(certificate.holderId()),
        wordings.of(certificate.credential()),
        list);
  }

  private IssuerProfile issuer() {
    return new IssuerProfile(baseUrl.value(), settings.issuerName());
  }
}
