package org.facilitatoracademy.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson read to the end, with the version of the lesson the person read. */
@Entity
@Table(name = "lesson_completion")
public class LessonCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_completion_seq")
  @SequenceGenerator(
      name = "lesson_completion_seq",
      sequenceName = "lesson_completion_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
  private Enrollment enrollment;

  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(name = "lesson_id", nullable = false, updatable = false)
  private String lessonId;

  @Column(name = "content_version", nullable = false, updatable = false)
  private String contentVersion;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  protected LessonCompletion() {}

  LessonCompletion(
      Enrollment enrollment,
      String moduleId,
      String lessonId,
      String contentVersion,
      Instant completedAt) {
    this.enrollment = enrollment;
    this.moduleId = moduleId;
    this.lessonId = lessonId;
    this.contentVersion = contentVersion;
    this.completedAt = completedAt;
  }

  public String moduleId() {
    return moduleId;
  }

  public String lessonId() {
    return lessonId;
  }

  public String contentVersion() {
    return contentVersion;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
