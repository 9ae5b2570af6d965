package org.facilitatoracademy.assessment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The application's SQL over a plain JDBC connection, for the benchmark. */
public final class JdbcSql implements Sql {

  private final Connection connection;

  public JdbcSql(Connection connection) {
    this.connection = connection;
  }

  @Override
  public int update(String statement, Object... parameters) {
    try (PreparedStatement ps = prepare(statement, parameters)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  @Override
  public List<Object[]> query(String statement, Object... parameters) {
    try (PreparedStatement ps = prepare(statement, parameters);
        ResultSet rows = ps.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      List<Object[]> out = new ArrayList<>();
      while (rows.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rows.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private PreparedStatement prepare(String statement, Object... parameters) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(statement);
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps;
  }
}
