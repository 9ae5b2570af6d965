package org.facilitatoracademy.verification.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a certificate said on one day, read from its status history: {@code NOT_ISSUED} before its
 * issue day; otherwise the public word (a suspension reads INACTIVE). On a day the word changed the
 * answer is the least favourable word of that day, and {@code changedThatDay} says so, since a
 * meeting that day may have been before or after the change.
 */
public record StatusOnDay(LocalDate day, String status, boolean changedThatDay) {

  public static final String NOT_ISSUED = "NOT_ISSUED";

  /** Least favourable first: the order in which a word wins a day with several. */
  private static final List<PublicStatus> SEVERITY =
      List.of(
          PublicStatus.REVOKED, PublicStatus.INACTIVE, PublicStatus.EXPIRED, PublicStatus.ACTIVE);

  /**
   * The status on {@code day}. Entries before the first one recorded (a certificate imported from
   * before the academy, or known before the history was kept) are read from that first entry; an
   * entry that says EXPIRED read on a day before its expiry date stands for the active period
   * before it.
   */
  public static StatusOnDay of(LocalDate day, LocalDate issuedOn, List<StatusEntry> history) {
    if (day.isBefore(issuedOn) || history.isEmpty()) {
      return new StatusOnDay(day, NOT_ISSUED, false);
    }
    List<StatusEntry> ordered =
        history.stream()
            .sorted(
                Comparator.comparing(StatusEntry::effectiveOn)
                    .thenComparing(StatusEntry::recordedAt))
            .toList();
    StatusEntry atStart = ordered.get(0);
    for (StatusEntry entry : ordered) {
      if (entry.effectiveOn().isBefore(day)) {
        atStart = entry;
      }
    }
    Set<PublicStatus> words = EnumSet.of(wordOn(atStart, day));
    for (StatusEntry entry : ordered) {
      if (entry.effectiveOn().equals(day)) {
        words.add(wordOn(entry, day));
      }
    }
    PublicStatus worst = SEVERITY.stream().filter(words::contains).findFirst().orElseThrow();
    return new StatusOnDay(day, worst.name(), words.size() > 1);
  }

  private static PublicStatus wordOn(StatusEntry entry, LocalDate day) {
    if (entry.status() == HeldStatus.EXPIRED && day.isBefore(entry.expiresOn())) {
      return PublicStatus.ACTIVE;
    }
    return entry.status().publicStatusOn(day, entry.expiresOn());
  }
}
