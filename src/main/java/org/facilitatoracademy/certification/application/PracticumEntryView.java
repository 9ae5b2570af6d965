package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.facilitatoracademy.certification.domain.PracticumKind;

/**
 * A practicum entry as people read it: who led an observed meeting and who signed, by display name;
 * for a co-facilitated meeting the competencies not yet shown.
 *
 * @param notShown competencies the checklist did not record as shown (empty when all were)
 */
public record PracticumEntryView(
    String id,
    String traineeId,
    PracticumKind kind,
    LocalDate heldOn,
    String leaderId,
    String leaderName,
    List<String> notShown,
    String note,
    String signedBy,
    String signedByName,
    Instant signedAt) {}
