package org.facilitatoracademy.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.application.LessonView;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;

/** Courses, enrollment, lessons and progress. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses and progress")
public class CoursesResource {

  @Inject private Learning learning;
  @Inject private ContentCatalog content;

  @GET
  @Path("courses")
  @Operation(summary = "The course catalog with modules, quizzes and lessons in order")
  public List<CatalogDtos.CourseDto> courses() {
    ContentSnapshot snapshot = content.snapshot();
    return learning.courses().stream().map(c -> CatalogDtos.CourseDto.of(c, snapshot)).toList();
  }

  @POST
  @Path("courses/{courseId}/enrollments")
  @Operation(
      summary =
          "Enrol the signed-in person (201, or 200 if already enrolled); needs a confirmed email")
  public Response enroll(@PathParam("courseId") String courseId) {
    boolean created = learning.enroll(courseId);
    return Response.status(created ? 201 : 200).entity(new Enrolled(courseId, created)).build();
  }

  /** The answer to an enrollment. */
  public record Enrolled(String courseId, boolean created) {}

  @POST
  @Path("courses/{courseId}/rounds")
  @Operation(
      summary =
          "Start a finished course again (201 {courseId, round}): only a course that leads to no"
              + " credential of its own, such as the renewal refresher taken in each validity"
              + " period; 422 course-unfinished, course-not-repeatable or not-enrolled")
  public Response startAgain(@PathParam("courseId") String courseId) {
    int round = learning.startAgain(courseId);
    return Response.status(201).entity(new Round(courseId, round)).build();
  }

  /** The answer to starting a course again. */
  public record Round(String courseId, int round) {}

  @GET
  @Path("lessons/{lessonId}")
  @Operation(
      summary =
          "A lesson's sanitised HTML (enrolled only). `course` chooses the enrollment when the"
              + " lesson is in several of the caller's courses; default: the most recent one")
  public CatalogDtos.LessonDto lesson(
      @PathParam("lessonId") String lessonId, @QueryParam("course") String courseId) {
    LessonView view = learning.read(lessonId, courseId);
    return new CatalogDtos.LessonDto(
        view.lesson().id(), view.lesson().title(), view.lesson().html());
  }

  @GET
  @Path("lessons/{lessonId}/pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "A printable lesson (front matter `printable: true`, such as the crisis card) as a"
              + " one-page A4 PDF; the same access as the lesson; 404 for a lesson that is not"
              + " printable")
  public Response pdf(
      @PathParam("lessonId") String lessonId, @QueryParam("course") String courseId) {
    Learning.PrintedLesson printed = learning.print(lessonId, courseId);
    return Response.ok(printed.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + printed.lessonId() + ".pdf\"")
        .build();
  }

  @POST
  @Path("lessons/{lessonId}/completion")
  @Operation(summary = "Mark a lesson done (204); 422 while an earlier module is unfinished")
  public Response complete(
      @PathParam("lessonId") String lessonId, @QueryParam("course") String courseId) {
    learning.complete(lessonId, courseId);
    return Response.noContent().build();
  }

  @GET
  @Path("me/progress")
  @Operation(summary = "Progress in every course the signed-in person is enrolled in")
  public CatalogDtos.ProgressDto progress() {
    return new CatalogDtos.ProgressDto(
        learning.progress().stream().map(CatalogDtos.CourseProgressDto::of).toList());
  }
}
