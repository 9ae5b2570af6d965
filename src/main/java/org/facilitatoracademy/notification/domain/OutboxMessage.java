package org.facilitatoracademy.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An email waiting to be sent, or sent. Mail is written here in the same transaction as the change
 * it tells about, and a background job sends it, so a slow or absent mail server never blocks or
 * loses a message.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  /** Where a message stands. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** Two nodes picking the same message: the second one's update fails and it moves on. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, Instant now) {
    this.recipient = recipient;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void markSent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** Backs off a little more after each failure; gives up after {@code maxAttempts}. */
  public void markFailedAttempt(Instant now, String error, int maxAttempts) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(3600, 10L << Math.min(attempts, 8))));
    }
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
