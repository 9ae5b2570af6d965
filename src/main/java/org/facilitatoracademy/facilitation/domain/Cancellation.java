package org.facilitatoracademy.facilitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a meeting that does not take place, with a short note for the public ("the hall
 * is closed for the holiday"). The note is public: it never names a person.
 */
@Embeddable
public class Cancellation {

  public static final int MAX_NOTE = 200;

  @Column(name = "cancelled_on", nullable = false)
  private LocalDate date;

  @Column(name = "note")
  private String note;

  @Column(name = "cancelled_at", nullable = false)
  private Instant cancelledAt;

  @Column(name = "cancelled_by", nullable = false)
  private String cancelledBy;

  protected Cancellation() {}

  Cancellation(LocalDate date, String note, String by, Instant at) {
    this.date = Objects.requireNonNull(date, "date");
    this.note = note;
    this.cancelledBy = by;
    this.cancelledAt = at;
  }

  public LocalDate date() {
    return date;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }
}
