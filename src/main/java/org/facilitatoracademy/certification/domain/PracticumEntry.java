package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * One piece of supervised practice, signed by the mentor or coordinator who saw it. Entries are
 * never edited: a correction is a new entry. The note is about the trainee's practice only; it
 * never names meeting participants.
 */
@Entity
@Table(name = "practicum_entry")
public class PracticumEntry {

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practicum_entry_seq")
  @SequenceGenerator(
      name = "practicum_entry_seq",
      sequenceName = "practicum_entry_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private String traineeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private PracticumKind kind;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(name = "leader_id", updatable = false)
  private String leaderId;

  @Embedded private CompetencyChecklist checklist;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "signed_by", nullable = false, updatable = false)
  private String signedBy;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  protected PracticumEntry() {}

  /**
   * @param leaderId who led an observed meeting (required for that kind, refused for others)
   * @param checklist the competencies seen in a co-facilitated meeting (required for that kind
   *     only)
   */
  public PracticumEntry(
      String traineeId,
      PracticumKind kind,
      LocalDate heldOn,
      String leaderId,
      CompetencyChecklist checklist,
      String note,
      String signedBy,
      Instant signedAt,
      LocalDate today) {
    if (kind == null || heldOn == null) {
      throw BusinessException.malformed("A practicum entry needs its kind and date.");
    }
    if (heldOn.isAfter(today)) {
      throw BusinessException.rule("future-date", "A practicum entry cannot be dated ahead.");
    }
    if ((kind == PracticumKind.OBSERVED_MEETING) != (leaderId != null)) {
      throw BusinessException.malformed(
          "Name who led the meeting for an observed meeting, and only then.");
    }
    if ((kind == PracticumKind.CO_FACILITATED) != (checklist != null)) {
      throw BusinessException.malformed(
          "A co-facilitated meeting carries the competency checklist; other entries do not.");
    }
    if (traineeId.equals(signedBy)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-practicum",
          "Nobody can sign their own practicum.");
    }
    if (traineeId.equals(leaderId)) {
      throw BusinessException.rule(
          "trainee-led", "An observed meeting must have been led by someone else.");
    }
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (trimmed != null && trimmed.length() > NOTE_MAX) {
      throw BusinessException.rule(
          "note-too-long", "Keep the note to " + NOTE_MAX + " characters.");
    }
    this.publicId = UUID.randomUUID().toString();
    this.traineeId = traineeId;
    this.kind = kind;
    this.heldOn = heldOn;
    this.leaderId = leaderId;
    this.checklist = checklist;
    this.note = trimmed;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
  }

  public String publicId() {
    return publicId;
  }

  public String traineeId() {
    return traineeId;
  }

  public PracticumKind kind() {
    return kind;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public Optional<String> leaderId() {
    return Optional.ofNullable(leaderId);
  }

  public Optional<CompetencyChecklist> checklist() {
    return Optional.ofNullable(checklist);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public String signedBy() {
    return signedBy;
  }

  public Instant signedAt() {
    return signedAt;
  }
}
