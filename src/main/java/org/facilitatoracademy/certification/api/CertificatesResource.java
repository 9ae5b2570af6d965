package org.facilitatoracademy.certification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.platform.errors.BusinessException;

/** The holder's certificates: list, PDF, leave and renewal. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certification")
public class CertificatesResource {

  @Inject private Certificates certificates;

  @GET
  @Path("me/certificates")
  @Operation(summary = "The signed-in person's certificates, newest first")
  public List<CertificateView> mine() {
    return certificates.mine();
  }

  @GET
  @Path("certificates/{id}")
  @Operation(summary = "One certificate (holder, coordinators of its region)")
  public CertificateView get(@PathParam("id") String id) {
    return certificates.get(id);
  }

  @GET
  @Path("certificates/{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The certificate as a PDF with a QR code of its verification URL (holder, coordinators)")
  public Response pdf(@PathParam("id") String id) {
    CertificateView certificate = certificates.get(id);
    return Response.ok(certificates.pdf(id), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + certificate.number() + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("me/certificates/{id}/leave")
  @Operation(
      summary = "Go on voluntary leave or come back: ACTIVE ⇄ INACTIVE (holder); 409 otherwise")
  public CertificateView leave(@PathParam("id") String id, Bodies.LeaveBody body) {
    if (Bodies.required(body).onLeave() == null) {
      throw BusinessException.malformed("Say onLeave: true or false.");
    }
    return certificates.leave(id, body.onLeave());
  }

  @GET
  @Path("certificates/{id}/renewal")
  @Operation(summary = "What renewing the certificate still needs (holder)")
  public RequirementsDto renewalCheck(@PathParam("id") String id) {
    return RequirementsDto.of(certificates.renewalCheck(id, false));
  }

  @POST
  @Path("certificates/{id}/renewal")
  @Operation(
      summary =
          "Renew (holder): refresher passed during the validity period, activity attested"
              + " ({activityAttested: true}), agreements re-accepted; 422 with unmet otherwise")
  public RenewalDto renew(@PathParam("id") String id, Bodies.RenewalBody body) {
    boolean attested = body != null && Boolean.TRUE.equals(body.activityAttested());
    CertificateView renewed = certificates.renew(id, attested);
    return new RenewalDto(renewed.id(), renewed.status().name(), renewed.expiresOn());
  }

  /** The outcome of a renewal. */
  public record RenewalDto(String id, String status, java.time.LocalDate expiresOn) {}
}
