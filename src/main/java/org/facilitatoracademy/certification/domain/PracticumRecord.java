package org.facilitatoracademy.certification.domain;

import java.util.List;

/**
 * What a trainee's practicum entries add up to. Observed meetings count once per leader, because
 * the point is to see different people lead; co-facilitated meetings count when the checklist shows
 * every competency.
 */
public record PracticumRecord(int observedLeaders, int rolePlays, int coFacilitatedMeetings) {

  public static PracticumRecord of(List<PracticumEntry> entries) {
    int leaders =
        (int)
            entries.stream()
                .filter(e -> e.kind() == PracticumKind.OBSERVED_MEETING)
                .map(e -> e.leaderId().orElseThrow())
                .distinct()
                .count();
    int rolePlays = (int) entries.stream().filter(e -> e.kind() == PracticumKind.ROLE_PLAY).count();
    int coFacilitated =
        (int)
            entries.stream()
                .filter(e -> e.kind() == PracticumKind.CO_FACILITATED)
                .filter(e -> e.checklist().map(CompetencyChecklist::allShown).orElse(false))
                .count();
    return new PracticumRecord(leaders, rolePlays, coFacilitated);
  }
}
