package org.facilitatoracademy.catalog.domain;

/** A printable lesson as a document to download: one A4 page, whatever the lesson's length. */
public interface LessonDocument {

  /** The lesson as a one-page PDF. */
  byte[] render(Lesson lesson);
}
