package org.facilitatoracademy.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.identity.domain.RegionRepository;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public List<Region> all() {
    return em.createQuery("select r from Region r order by r.name", Region.class).getResultList();
  }

  @Override
  public Optional<Region> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
  }

  @Override
  public void store(Region region) {
    em.persist(region);
  }
}
