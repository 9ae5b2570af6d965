package org.facilitatoracademy.facilitation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where this context asks which credentials a person holds today. The certification context keeps
 * them; an adapter in infrastructure answers through its application service.
 */
public interface CredentialRegister {

  List<LeaderCredential> heldBy(String accountId);

  /** What each of these people holds, asked at once; people holding nothing are absent. */
  Map<String, List<LeaderCredential>> heldByEach(Collection<String> accountIds);
}
