package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusListTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void aListHoldsAtLeast131072EntriesForPrivacy() {
    assertThat(StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW).size())
        .isGreaterThanOrEqualTo(131_072);
    assertThatThrownBy(() -> StatusList.forRevocation(1024, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indexesAreHandedOutAtRandomAndNeverTwice() {
    StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW);
    Random random = new Random(7);
    Set<Integer> given = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      assertThat(given.add(list.assignIndex(random))).isTrue();
    }
    assertThat(list.takenCount()).isEqualTo(2000);
    // Issued one after another, yet spread over the whole list rather than counting up.
    assertThat(given.stream().filter(i -> i < 2000).count()).isLessThan(100);
    assertThat(given.stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isGreaterThan(StatusList.MINIMUM_SIZE * 9 / 10);
  }

  @Test
  void aFullListFillsItsLastFreeIndexesAndThenRefuses() {
    StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW);
    Random random = new Random(11);
    for (int i = 0; i < StatusList.MINIMUM_SIZE; i++) {
      list.assignIndex(random);
    }
    assertThat(list.hasRoom()).isFalse();
    assertThatThrownBy(() -> list.assignIndex(random)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void markingSetsAndClearsTheRevocationBitAndDatesTheChange() {
    StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW);
    Instant later = NOW.plusSeconds(60);

    assertThat(list.mark(42, true, later)).isTrue();
    assertThat(list.isMarked(42)).isTrue();
    assertThat(list.updatedAt()).isEqualTo(later);
    assertThat(list.mark(42, true, later.plusSeconds(1))).isFalse();
    assertThat(list.updatedAt()).isEqualTo(later);

    assertThat(list.mark(42, false, later.plusSeconds(2))).isTrue();
    assertThat(list.isMarked(42)).isFalse();
  }
}
