package org.facilitatoracademy.facilitation.domain;

import java.util.List;

/**
 * Where this context asks which credentials a person holds today. The certification context keeps
 * them; an adapter in infrastructure answers through its application service.
 */
public interface CredentialRegister {

  List<LeaderCredential> heldBy(String accountId);
}
