package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.ImportRow;
import org.facilitatoracademy.certification.domain.ImportedAccount;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Imports one line of an import file in a transaction of its own, so a line that fails leaves the
 * others standing.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ImportedRows {

  private final SecureRandom random = new SecureRandom();

  @Inject private AccountService accounts;
  @Inject private CertificateRepository certificates;
  @Inject private CertificateIssuer issuer;
  @Inject private CertificationMail mail;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void importRow(ImportRow row, String adminId) {
    Optional<AccountView> existing = accounts.findByEmail(row.email());
    AccountView holder = existing.orElseGet(() -> openAccount(row, adminId));
    boolean duplicate =
        certificates.ofHolder(holder.id()).stream()
            .anyMatch(
                c -> c.credential() == row.credential() && c.issuedOn().equals(row.issuedOn()));
    if (duplicate) {
      throw BusinessException.conflict(
          "already-imported",
          row.email()
              + " already has a "
              + row.credential()
              + " certificate issued on "
              + row.issuedOn());
    }
    Certificate certificate =
        issuer.issue(
            new CertificateIssuer.Issue(
                holder.id(),
                row.credential(),
                row.displayName(),
                row.region(),
                row.issuedOn(),
                row.expiresOn(),
                null,
                null,
                true,
                adminId));
    audit.record(
        adminId,
        "certificate.imported",
        certificate.publicId(),
        certificate.number() + (existing.isEmpty() ? ", new account " + holder.id() : ""));
    mail.imported(holder.email(), row.displayName(), certificate, existing.isEmpty());
  }

  /**
   * An account for someone who has never signed in: a random password nobody knows; the mail tells
   * them to choose their own through "Forgot your password?".
   */
  private AccountView openAccount(ImportRow row, String adminId) {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    AccountView created =
        accounts.create(
            new NewAccount(
                row.email(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                row.displayName(),
                row.region(),
                Set.of()));
    certificates.markImported(new ImportedAccount(created.id(), Instant.now(clock), adminId));
    return created;
  }
}
