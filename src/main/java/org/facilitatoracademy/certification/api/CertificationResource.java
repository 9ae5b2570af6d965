package org.facilitatoracademy.certification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.certification.application.AppealView;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.certification.application.ApplicationView;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.platform.errors.BusinessException;

/** A trainee's requirements, applications and appeals. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certification")
public class CertificationResource {

  @Inject private Applications applications;
  @Inject private Appeals appeals;

  @GET
  @Path("me/certification/requirements")
  @Operation(
      summary =
          "The requirement checklist for a credential (or for both), with the codes still unmet")
  public List<RequirementsDto> requirements(@QueryParam("credential") String credential) {
    List<CredentialType> which =
        credential == null || credential.isBlank()
            ? Arrays.asList(CredentialType.values())
            : List.of(credentialOf(credential));
    return which.stream().map(c -> RequirementsDto.of(applications.requirements(c))).toList();
  }

  @POST
  @Path("certification/applications")
  @Operation(summary = "Apply for a credential; 422 with the unmet requirements until all are met")
  public Response apply(Bodies.ApplicationBody body) {
    ApplicationView created = applications.apply(Bodies.required(body).credential());
    return Response.created(
            UriBuilder.fromPath("/api/v1/certification/applications/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("certification/applications/{id}")
  @Operation(summary = "An application and its history (applicant, coordinators of the region)")
  public ApplicationView application(@PathParam("id") String id) {
    return applications.get(id);
  }

  @GET
  @Path("me/certification/applications")
  @Operation(summary = "The signed-in person's applications, newest first")
  public List<ApplicationView> myApplications() {
    return applications.mine();
  }

  @POST
  @Path("certification/appeals")
  @Operation(
      summary =
          "Appeal a rejection, suspension or revocation within 30 days; someone other than the"
              + " original decider decides")
  public Response appeal(Bodies.AppealBody body) {
    Bodies.required(body);
    AppealView filed = appeals.file(body.subject(), body.text());
    return Response.status(201).entity(filed).build();
  }

  @GET
  @Path("me/certification/appeals")
  @Operation(summary = "The signed-in person's appeals")
  public List<AppealView> myAppeals() {
    return appeals.mine();
  }

  static CredentialType credentialOf(String value) {
    try {
      return CredentialType.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed("credential must be FACILITATOR or HOST.");
    }
  }
}
