package org.facilitatoracademy.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.assessment.application.ItemAnalysis;
import org.facilitatoracademy.assessment.application.StatisticsCsv;

/** Item analysis and regrading, for coordinators and administrators. */
@Path("coordinator/quizzes")
@Consumes(MediaType.WILDCARD)
@Tag(name = "Quizzes and attempts")
public class QuizStatisticsResource {

  @Inject private ItemAnalysis analysis;

  @GET
  @Path("{quizId}/statistics")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Item analysis of a quiz (COORDINATOR, ADMIN)",
      description =
          "Per item: attempts, facility (mean fraction), discrimination (corrected item-total"
              + " correlation), per-option counts and flags for weak items (TOO_EASY, TOO_HARD,"
              + " NEGATIVE_DISCRIMINATION, LOW_DISCRIMINATION, UNUSED_DISTRACTOR); the same per"
              + " area tag. Computed in the database from running totals kept at grading time."
              + " Ask for text/csv to get one row per item.")
  @APIResponse(responseCode = "404", description = "No such quiz")
  public StatisticsDtos.StatisticsDto statistics(@PathParam("quizId") String quizId) {
    return StatisticsDtos.StatisticsDto.of(analysis.statistics(quizId));
  }

  @GET
  @Path("{quizId}/statistics")
  @Produces("text/csv")
  @Operation(summary = "Item analysis of a quiz as CSV, one row per item (COORDINATOR, ADMIN)")
  public Response statisticsCsv(@PathParam("quizId") String quizId) {
    return Response.ok(StatisticsCsv.of(analysis.statistics(quizId)))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + quizId + "-statistics.csv\"")
        .build();
  }

  @POST
  @Path("{quizId}/regrade")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Regrade attempts graded against an older key of the quiz (COORDINATOR, ADMIN)",
      description =
          "After a key is corrected in content (options keep their ids), grades the saved"
              + " responses again against the live version. Old and new marks both stay in each"
              + " attempt's history; passes that became fails (or the reverse) are reported, not"
              + " applied to anything else.")
  public StatisticsDtos.RegradeDto regrade(@PathParam("quizId") String quizId) {
    return StatisticsDtos.RegradeDto.of(analysis.regrade(quizId));
  }
}
