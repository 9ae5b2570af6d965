package org.facilitatoracademy.certification.api;

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
import org.facilitatoracademy.certification.application.AcceptedAgreement;
import org.facilitatoracademy.certification.application.Agreements;

/** Accepting the code of conduct and confidentiality agreement. */
@Path("me/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certification")
public class AgreementsResource {

  @Inject private Agreements agreements;

  @POST
  @Operation(
      summary =
          "Accept an agreement (code-of-conduct, confidentiality); accepting again records a new"
              + " date")
  public Response accept(Bodies.AgreementBody body) {
    AcceptedAgreement accepted = agreements.accept(Bodies.required(body).agreement());
    return Response.status(201).entity(accepted).build();
  }

  @GET
  @Operation(summary = "Each agreement with the date the signed-in person last accepted it")
  public List<Agreements.AgreementStatus> mine() {
    return agreements.mine();
  }
}
