package org.facilitatoracademy.facilitation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.certification.application.Credentials;
import org.facilitatoracademy.certification.application.HeldCredential;
import org.facilitatoracademy.facilitation.domain.CredentialKind;
import org.facilitatoracademy.facilitation.domain.CredentialRegister;
import org.facilitatoracademy.facilitation.domain.CredentialStanding;
import org.facilitatoracademy.facilitation.domain.LeaderCredential;

/**
 * Asks the certification context which credentials a person holds, through its application service,
 * and keeps of each only what the leadership rule needs.
 */
@ApplicationScoped
public class CertificationCredentialRegister implements CredentialRegister {

  @Inject private Credentials credentials;

  @Override
  public List<LeaderCredential> heldBy(String accountId) {
    return credentials.heldBy(accountId).stream()
        .map(CertificationCredentialRegister::toLeaderCredential)
        .toList();
  }

  @Override
  public Map<String, List<LeaderCredential>> heldByEach(Collection<String> accountIds) {
    Map<String, List<LeaderCredential>> held = new HashMap<>();
    credentials
        .heldByEach(accountIds)
        .forEach(
            (id, credentialsHeld) ->
                held.put(
                    id,
                    credentialsHeld.stream()
                        .map(CertificationCredentialRegister::toLeaderCredential)
                        .toList()));
    return held;
  }

  static LeaderCredential toLeaderCredential(HeldCredential held) {
    return new LeaderCredential(
        CredentialKind.valueOf(held.credential().name()),
        CredentialStanding.valueOf(held.status().name()),
        held.expiresOn());
  }
}
