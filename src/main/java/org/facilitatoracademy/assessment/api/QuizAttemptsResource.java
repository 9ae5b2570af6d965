package org.facilitatoracademy.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.assessment.application.AttemptService;

/** Starting a quiz. */
@Path("quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Quizzes and attempts")
public class QuizAttemptsResource {

  @Inject private AttemptService attempts;

  @POST
  @Path("{quizId}/attempts")
  @Operation(
      summary = "Start an attempt, or continue the one already open",
      description =
          "Draws the questions and shuffles options, order items and match sides once; nothing"
              + " in the answer reveals the key. Every option, item and side id is made for this"
              + " attempt: never the authored id, different in the next attempt, the same when the"
              + " attempt is read again. Attempts count per enrollment: a quiz is taken"
              + " within one course. A module quiz needs the module open and its lessons done; a"
              + " course exam needs every module finished.")
  @APIResponse(responseCode = "201", description = "A new attempt")
  @APIResponse(responseCode = "200", description = "The attempt already open")
  @APIResponse(responseCode = "403", description = "Not enrolled in a course that has the quiz")
  @APIResponse(
      responseCode = "422",
      description =
          "Prerequisites unmet, attempts used up, a lock running or too soon after the last"
              + " attempt: unmet lists module:<id>, lessons:<moduleId>, locked-until:<instant>,"
              + " next-attempt-from:<instant>, attempts-used-up or quiz-passed")
  public Response start(
      @PathParam("quizId") String quizId,
      @Parameter(
              description =
                  "The course to take the quiz in (a module and its quiz can belong to several"
                      + " courses). Default: the caller's most recently used enrollment whose"
                      + " course has the quiz; an exam always belongs to its own course.")
          @QueryParam("course")
          String courseId) {
    AttemptService.Started started = attempts.start(quizId, courseId);
    AttemptDtos.AttemptDto body = AttemptDtos.AttemptDto.of(started.attempt());
    if (!started.created()) {
      return Response.ok(body).build();
    }
    return Response.created(UriBuilder.fromPath("/api/v1/attempts/{id}").build(body.attemptId()))
        .entity(body)
        .build();
  }
}
