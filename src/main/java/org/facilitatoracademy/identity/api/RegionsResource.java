package org.facilitatoracademy.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.Region;

/** Regions: anyone may list them, administrators add them. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and regions")
public class RegionsResource {

  @Inject private AccountService accounts;

  /** A region as the API shows it. */
  public record RegionDto(String code, String name) {
    static RegionDto of(Region r) {
      return new RegionDto(r.code(), r.name());
    }
  }

  @GET
  @Path("regions")
  @Operation(summary = "All regions")
  public List<RegionDto> regions() {
    return accounts.regions().stream().map(RegionDto::of).toList();
  }

  @POST
  @Path("admin/regions")
  @Operation(summary = "Add a region (ADMIN)")
  public Response add(RegionDto body) {
    AccountsResource.require(body);
    Region region = accounts.addRegion(body.code(), body.name());
    return Response.status(201).entity(RegionDto.of(region)).build();
  }
}
