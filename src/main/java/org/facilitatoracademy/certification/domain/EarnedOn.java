package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * The content a certificate was earned on: the course with its authored version and derived content
 * version, and the version of the exam the holder passed. Content can change later; the certificate
 * keeps saying what its holder actually studied. Imported certificates have none.
 */
@Embeddable
public class EarnedOn {

  @Column(name = "course_id")
  private String courseId;

  @Column(name = "course_version")
  private String courseVersion;

  @Column(name = "course_content_version")
  private String courseContentVersion;

  @Column(name = "exam_content_version")
  private String examContentVersion;

  protected EarnedOn() {}

  public EarnedOn(
      String courseId,
      String courseVersion,
      String courseContentVersion,
      String examContentVersion) {
    this.courseId = courseId;
    this.courseVersion = courseVersion;
    this.courseContentVersion = courseContentVersion;
    this.examContentVersion = examContentVersion;
  }

  public String courseId() {
    return courseId;
  }

  public String courseVersion() {
    return courseVersion;
  }

  public String courseContentVersion() {
    return courseContentVersion;
  }

  public Optional<String> examContentVersion() {
    return Optional.ofNullable(examContentVersion);
  }
}
