package org.facilitatoracademy.identity.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

  Optional<Account> findByEmail(String email);

  Optional<Account> findByPublicId(String publicId);

  Optional<Account> findById(Long id);

  boolean existsWithRole(Role role);

  /** Open accounts of a region holding the role, by email. */
  List<Account> withRoleInRegion(Role role, String regionCode);

  /** Open accounts of a region, by display name. */
  List<Account> inRegion(String regionCode);

  Account store(Account account);

  /** A page of open accounts whose email or display name contains the filter, by email. */
  List<Account> page(String filter, int first, int size);

  long count(String filter);

  void storeToken(AccountToken token);

  Optional<AccountToken> findTokenByHash(String tokenHash);

  /** Erases the account's mailed links, used or not (the account is being closed). */
  void removeTokensOf(Long accountId);
}
