package org.facilitatoracademy.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.facilitatoracademy.identity.domain.Account;
import org.facilitatoracademy.identity.domain.AccountRepository;
import org.facilitatoracademy.identity.domain.AccountToken;
import org.facilitatoracademy.identity.domain.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Account> findByEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
        .setParameter("key", email.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByPublicId(String publicId) {
    return em.createQuery("select a from Account a where a.publicId = :id", Account.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findById(Long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public boolean existsWithRole(Role role) {
    return em.createQuery(
                "select count(a) from Account a join a.roles r where r = :role and a.closedAt is null",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Account> withRoleInRegion(Role role, String regionCode) {
    return em.createQuery(
            "select a from Account a join a.roles r where r = :role and a.regionCode = :region"
                + " and a.closedAt is null order by a.emailKey",
            Account.class)
        .setParameter("role", role)
        .setParameter("region", regionCode)
        .getResultList();
  }

  @Override
  public List<Account> inRegion(String regionCode) {
    return em.createQuery(
            "select a from Account a where a.regionCode = :region and a.closedAt is null"
                + " order by a.displayName, a.emailKey",
            Account.class)
        .setParameter("region", regionCode)
        .getResultList();
  }

  @Override
  public Account store(Account account) {
    if (account.id() == null) {
      em.persist(account);
      return account;
    }
    return em.merge(account);
  }

  @Override
  public List<Account> page(String filter, int first, int size) {
    return em.createQuery(
            "select a from Account a where a.closedAt is null and (lower(a.email) like :f or"
                + " lower(a.displayName) like :f) order by a.emailKey",
            Account.class)
        .setParameter("f", like(filter))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count(String filter) {
    return em.createQuery(
            "select count(a) from Account a where a.closedAt is null and (lower(a.email) like :f"
                + " or lower(a.displayName) like :f)",
            Long.class)
        .setParameter("f", like(filter))
        .getSingleResult();
  }

  private static String like(String filter) {
    String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return "%" + f.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }

  @Override
  public void storeToken(AccountToken token) {
    em.persist(token);
  }

  @Override
  public Optional<AccountToken> findTokenByHash(String tokenHash) {
    return em.createQuery("select t from AccountToken t where t.tokenHash = :h", AccountToken.class)
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void removeTokensOf(Long accountId) {
    em.createQuery("delete from AccountToken t where t.accountId = :a")
        .setParameter("a", accountId)
        .executeUpdate();
  }
}
