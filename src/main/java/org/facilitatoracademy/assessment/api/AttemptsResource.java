package org.facilitatoracademy.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.assessment.application.AttemptService;
import org.facilitatoracademy.assessment.application.AttemptView;
import org.facilitatoracademy.assessment.application.GivenAnswer;
import org.facilitatoracademy.platform.errors.BusinessException;

/** One's own attempts: read, answer, submit. Anyone else's attempt answers 404. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes and attempts")
public class AttemptsResource {

  @Inject private AttemptService attempts;

  @GET
  @Path("attempts/{attemptId}")
  @Operation(
      summary = "An attempt: state, the questions as at start, saved responses, deadline",
      description =
          "After submission it also holds the result and every grade the attempt received. An"
              + " attempt whose time ran out is graded, as it stood at the deadline, when read.")
  @APIResponse(responseCode = "404", description = "No such attempt of yours")
  public AttemptDtos.AttemptDto attempt(@PathParam("attemptId") String attemptId) {
    return AttemptDtos.AttemptDto.of(attempts.view(attemptId));
  }

  @PUT
  @Path("attempts/{attemptId}/responses/{slot}")
  @Operation(
      summary = "Save the response to one question",
      description =
          "Body by type: single {optionId}, multiple {optionIds: []}, truefalse {value}, order"
              + " {order: [itemIds]} (every item once), match {matches: {leftId: rightId}}, using"
              + " the ids this attempt showed (each attempt has its own). Nothing is graded before"
              + " submission.")
  @APIResponse(responseCode = "204", description = "Saved")
  @APIResponse(
      responseCode = "400",
      description = "Ids or items not issued for that question in this attempt")
  @APIResponse(responseCode = "404", description = "No such attempt of yours, or no such slot")
  @APIResponse(
      responseCode = "409",
      description =
          "The attempt is submitted (attempt-finished) or its deadline passed (deadline-passed:"
              + " it is graded as it stood at the deadline)")
  public Response save(
      @PathParam("attemptId") String attemptId, @PathParam("slot") String slot, GivenAnswer body) {
    if (body == null) {
      throw BusinessException.malformed("Send the response as JSON.");
    }
    attempts.save(attemptId, slotNumber(slot), body);
    return Response.noContent().build();
  }

  @POST
  @Path("attempts/{attemptId}/submission")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Submit the attempt for grading",
      description =
          "Returns {score, passed, review, areas: [{area, fraction}], objectives: [{id, text,"
              + " met}]}. With review 'full' (module quizzes by default) also questions: [{slot,"
              + " fraction, correct, explanation, rightAnswer, ...}]; with review 'areas' (course"
              + " exams by default) nothing per question. GET /attempts/{id} follows the same"
              + " policy. Submitting again, or twice at once, grades once and returns the same"
              + " result.")
  @APIResponse(responseCode = "200", description = "The graded result")
  public AttemptDtos.ResultDto submit(@PathParam("attemptId") String attemptId) {
    AttemptView graded = attempts.submit(attemptId);
    return AttemptDtos.ResultDto.of(graded.attemptId(), graded.result().orElseThrow());
  }

  @GET
  @Path("me/attempts")
  @Operation(summary = "The signed-in person's attempts, most recent first")
  public List<AttemptDtos.AttemptSummaryDto> mine() {
    return attempts.mine().stream().map(AttemptDtos.AttemptSummaryDto::of).toList();
  }

  private static int slotNumber(String slot) {
    try {
      return Integer.parseInt(slot);
    } catch (NumberFormatException e) {
      throw BusinessException.notFound("Question " + slot + " of the attempt");
    }
  }
}
