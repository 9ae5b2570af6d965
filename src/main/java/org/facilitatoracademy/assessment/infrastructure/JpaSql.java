package org.facilitatoracademy.assessment.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Native SQL through the persistence context, inside the caller's transaction. */
final class JpaSql implements Sql {

  private final EntityManager em;

  JpaSql(EntityManager em) {
    this.em = em;
  }

  @Override
  public int update(String statement, Object... parameters) {
    return bind(em.createNativeQuery(statement), parameters).executeUpdate();
  }

  @Override
  public List<Object[]> query(String statement, Object... parameters) {
    List<?> rows = bind(em.createNativeQuery(statement), parameters).getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  private static Query bind(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
