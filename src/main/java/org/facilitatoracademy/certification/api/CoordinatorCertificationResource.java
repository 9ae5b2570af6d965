package org.facilitatoracademy.certification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.certification.application.AppealView;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.certification.application.ApplicantRecord;
import org.facilitatoracademy.certification.application.ApplicationView;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.application.CertificateFilter;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.application.Decision;
import org.facilitatoracademy.certification.application.StatusReasonView;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Coordinators' work, always within their own region: applications elsewhere answer 404 as if they
 * did not exist.
 */
@Path("coordinator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certification")
public class CoordinatorCertificationResource {

  @Inject private Applications applications;
  @Inject private Certificates certificates;
  @Inject private Appeals appeals;

  @GET
  @Path("applications")
  @Operation(
      summary =
          "Applications of the coordinator's region (ADMIN: all regions), optionally by status")
  public List<ApplicationView> queue(@QueryParam("status") String status) {
    return applications.queue(
        status == null || status.isBlank() ? null : applicationStatus(status));
  }

  @GET
  @Path("applications/{id}/record")
  @Operation(
      summary =
          "The applicant's record: requirements, progress, quiz results, practicum, agreements"
              + " (viewing is audited)")
  public ApplicantRecord record(@PathParam("id") String id) {
    return applications.record(id);
  }

  @POST
  @Path("applications/{id}/decision")
  @Operation(
      summary =
          "Approve or reject (COORDINATOR of the region, never one's own); approval issues the"
              + " certificate; 409 when already decided")
  public Decision decide(@PathParam("id") String id, Bodies.DecisionBody body) {
    Bodies.required(body);
    return applications.decide(id, approve(body.decision(), "APPROVE", "REJECT"), body.comment());
  }

  @GET
  @Path("certificates")
  @Operation(
      summary =
          "Certificates of the coordinator's region (ADMIN: all regions), newest first; optionally"
              + " only a `status` as it reads today (ACTIVE, EXPIRED, INACTIVE, SUSPENDED,"
              + " REVOKED), only those expiring within `expiringWithinDays` (then soonest first),"
              + " only those whose number or display name contains `q`")
  public List<CertificateView> certificates(
      @QueryParam("status") String status,
      @QueryParam("expiringWithinDays") String expiringWithinDays,
      @QueryParam("q") String text,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    CertificateFilter filter =
        new CertificateFilter(
            status == null || status.isBlank()
                ? Optional.empty()
                : Optional.of(certificateStatus(status)),
            days(expiringWithinDays),
            Optional.ofNullable(text));
    return certificates.inMyRegion(filter, Math.max(0, first), Math.min(Math.max(1, max), 200));
  }

  @POST
  @Path("certificates/{id}/status")
  @Operation(
      summary =
          "Change a certificate's status with a reason kept for coordinators only; ACTIVE only from"
              + " INACTIVE or SUSPENDED and not after expiry; 409 from REVOKED")
  public CertificateView changeStatus(@PathParam("id") String id, Bodies.StatusBody body) {
    Bodies.required(body);
    return certificates.changeStatus(id, body.status(), body.reason());
  }

  @PUT
  @Path("certificates/{id}/display-name")
  @Operation(
      summary =
          "Correct the name printed on a certificate (COORDINATOR of the region or ADMIN, never one's"
              + " own) with a reason kept for coordinators only; the holder is mailed and the"
              + " verification page shows the new name; 409 when revoked")
  public CertificateView correctDisplayName(
      @PathParam("id") String id, Bodies.DisplayNameBody body) {
    Bodies.required(body);
    return certificates.correctDisplayName(id, body.displayName(), body.reason());
  }

  @GET
  @Path("certificates/{id}/reasons")
  @Operation(
      summary =
          "The coordinator-only reasons of a certificate's status changes and name corrections"
              + " (audited)")
  public List<StatusReasonView> reasons(@PathParam("id") String id) {
    return certificates.reasons(id);
  }

  @GET
  @Path("appeals")
  @Operation(summary = "Appeals of the coordinator's region (ADMIN: all), optionally by status")
  public List<AppealView> appeals(@QueryParam("status") String status) {
    Appeal.Status filter = null;
    if (status != null && !status.isBlank()) {
      try {
        filter = Appeal.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw BusinessException.malformed("status must be OPEN, UPHELD or DISMISSED.");
      }
    }
    return appeals.queue(filter);
  }

  @POST
  @Path("appeals/{id}/decision")
  @Operation(
      summary =
          "Uphold or dismiss an appeal (COORDINATOR of the region or ADMIN, never the original"
              + " decider)")
  public AppealView decideAppeal(@PathParam("id") String id, Bodies.AppealDecisionBody body) {
    Bodies.required(body);
    return appeals.decide(id, approve(body.decision(), "UPHOLD", "DISMISS"), body.comment());
  }

  private static Optional<Integer> days(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      int days = Integer.parseInt(value.strip());
      if (days >= 0) {
        return Optional.of(days);
      }
    } catch (NumberFormatException e) {
      // answered below, like a negative number
    }
    throw BusinessException.malformed(
        "expiringWithinDays must be a whole number of days, 0 or more.");
  }

  private static CertificateStatus certificateStatus(String value) {
    try {
      return CertificateStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed(
          "status must be ACTIVE, EXPIRED, INACTIVE, SUSPENDED or REVOKED.");
    }
  }

  private static ApplicationStatus applicationStatus(String value) {
    try {
      return ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed("status must be PENDING, APPROVED or REJECTED.");
    }
  }

  private static boolean approve(String decision, String yes, String no) {
    if (yes.equalsIgnoreCase(decision)) {
      return true;
    }
    if (no.equalsIgnoreCase(decision)) {
      return false;
    }
    throw BusinessException.malformed("decision must be " + yes + " or " + no + ".");
  }
}
