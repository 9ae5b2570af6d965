package org.facilitatoracademy.coordination.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.coordination.application.PersonInTraining;
import org.facilitatoracademy.coordination.application.RegionOverview;
import org.facilitatoracademy.coordination.application.Stage;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The people of a region and how far they are, narrowed to one step of the funnel with {@code
 * ?stage=}: the list behind each funnel figure.
 */
@Named
@RequestScoped
public class PeopleBacking {

  @Inject private RegionOverview overview;

  private String stage;
  private String region;
  private List<PersonInTraining> people;

  public List<PersonInTraining> getPeople() {
    if (people == null) {
      Optional<Stage> wanted = stage();
      List<PersonInTraining> all;
      try {
        all = overview.people(region);
      } catch (BusinessException e) {
        region = null;
        all = overview.people(null);
      }
      people = all.stream().filter(p -> wanted.isEmpty() || p.reached(wanted.get())).toList();
    }
    return people;
  }

  public Optional<Stage> stage() {
    if (stage == null || stage.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Stage.valueOf(stage));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String getStageName() {
    return stage().map(Enum::name).orElse(null);
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region == null || region.isBlank() ? null : region;
  }
}
