package org.facilitatoracademy.coordination.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.facilitatoracademy.coordination.application.RegionDashboard;
import org.facilitatoracademy.coordination.application.RegionOverview;
import org.facilitatoracademy.coordination.application.Stage;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The coordinator's workspace on their home page: the region's figures, each linking to the list
 * behind it. Administrators choose the region with {@code ?region=} (none: every region).
 */
@Named
@RequestScoped
public class WorkspaceBacking {

  @Inject private RegionOverview overview;
  @Inject private AccountService accounts;

  private RegionDashboard dashboard;

  public RegionDashboard getDashboard() {
    if (dashboard == null) {
      String requested =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("region");
      try {
        dashboard = overview.dashboard(requested);
      } catch (BusinessException e) {
        // An unknown or foreign region reads as the caller's own (every region for admins).
        dashboard = overview.dashboard(null);
      }
    }
    return dashboard;
  }

  public List<Stage> getStages() {
    return List.of(Stage.values());
  }

  public List<Region> getRegions() {
    return accounts.regions();
  }

  /** The bar's length as a share of the largest figure, in percent (at least a sliver). */
  public int barPercent(int value, int largest) {
    if (value <= 0) {
      return 0;
    }
    return Math.max(2, Math.round(100f * value / Math.max(1, largest)));
  }

  /** The region parameter the figures' links carry, empty for every region. */
  public String getRegionParam() {
    String region = getDashboard().region();
    return region == null ? "" : region;
  }
}
