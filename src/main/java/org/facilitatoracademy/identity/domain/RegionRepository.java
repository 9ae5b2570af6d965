package org.facilitatoracademy.identity.domain;

import java.util.List;
import java.util.Optional;

/** Where regions are kept. */
public interface RegionRepository {

  List<Region> all();

  Optional<Region> find(String code);

  void store(Region region);
}
