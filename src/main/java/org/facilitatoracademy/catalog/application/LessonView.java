package org.facilitatoracademy.catalog.application;

import java.util.Optional;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;

/** A lesson as a trainee reads it within one course, with its neighbours for previous/next. */
public record LessonView(
    Course course,
    CourseModule module,
    Lesson lesson,
    int position,
    int lessonsInCourse,
    Optional<Lesson> previous,
    Optional<Lesson> next,
    boolean completed) {}
