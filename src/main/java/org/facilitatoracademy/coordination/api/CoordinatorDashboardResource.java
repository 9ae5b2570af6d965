package org.facilitatoracademy.coordination.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.coordination.application.RegionOverview;

/** A region at a glance, for its coordinators (administrators: any region, or all). */
@Path("coordinator/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
public class CoordinatorDashboardResource {

  @Inject private RegionOverview overview;

  @GET
  @Operation(
      summary =
          "The region's funnel, quiz pass rates, certificates expiring within 30/60/90 days,"
              + " meetings at risk and applications waiting. A coordinator sees their own region"
              + " (another `region` answers 404); an administrator names any region, or none for"
              + " all")
  public DashboardDto dashboard(@QueryParam("region") String region) {
    return DashboardDto.of(overview.dashboard(region));
  }
}
