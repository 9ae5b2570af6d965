package org.facilitatoracademy.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.facilitatoracademy.assessment.domain.ItemStatistics;

/** Item analysis on the application's database, in the caller's transaction. */
@ApplicationScoped
public class StatisticsWiring {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Produces
  ItemStatistics itemStatistics() {
    return new SqlItemStatistics(new JpaSql(em));
  }
}
