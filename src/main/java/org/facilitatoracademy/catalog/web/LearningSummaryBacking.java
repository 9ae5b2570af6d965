package org.facilitatoracademy.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.CourseProgress;

/** The learning card of the home page: each course's progress and where to continue. */
@Named
@RequestScoped
public class LearningSummaryBacking {

  @Inject private Learning learning;

  private List<CourseProgress> courses;

  public List<CourseProgress> getCourses() {
    if (courses == null) {
      courses = learning.progress();
    }
    return courses;
  }
}
