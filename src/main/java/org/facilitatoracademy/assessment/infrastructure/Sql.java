package org.facilitatoracademy.assessment.infrastructure;

import java.util.List;

/** Plain SQL with positional parameters, over JPA in the application and JDBC in the benchmark. */
public interface Sql {

  /** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
  int update(String statement, Object... parameters);

  /** Runs a SELECT; every row comes back as an array of its columns. */
  List<Object[]> query(String statement, Object... parameters);
}
