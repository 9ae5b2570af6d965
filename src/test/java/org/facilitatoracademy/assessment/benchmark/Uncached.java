package org.facilitatoracademy.assessment.benchmark;

import java.util.List;
import org.facilitatoracademy.assessment.infrastructure.Sql;

/**
 * Makes every statement new to the database, so a measured read is really computed: H2 hands back
 * the previous result of a statement it has cached while the tables it reads are unchanged, which
 * in use (gradings all the time) they are not. Costs one parse per statement.
 */
final class Uncached implements Sql {

  private final Sql sql;
  private long run;

  Uncached(Sql sql) {
    this.sql = sql;
  }

  @Override
  public int update(String statement, Object... parameters) {
    return sql.update(statement, parameters);
  }

  @Override
  public List<Object[]> query(String statement, Object... parameters) {
    return sql.query(statement + " /* run " + ++run + " */", parameters);
  }
}
