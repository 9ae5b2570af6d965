package org.facilitatoracademy.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditEvent> chainOf(int length) {
    List<AuditEvent> events = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditEvent e =
          new AuditEvent(
              i,
              Instant.parse("2026-11-26T10:00:00Z").plusSeconds(i),
              "actor-" + i,
              "sign-in",
              "subject",
              "details " + i,
              previous);
      events.add(e);
      previous = e.eventHash();
    }
    return events;
  }

  @Test
  void anUntouchedChainHasNoBreak() {
    assertThat(AuditChain.firstBreak(chainOf(5), AuditChain.GENESIS)).isEmpty();
  }

  @Test
  void aRemovedEventShowsAsABreakAtTheNextOne() {
    List<AuditEvent> events = chainOf(5);
    events.remove(2);
    assertThat(AuditChain.firstBreak(events, AuditChain.GENESIS)).contains(4L);
  }

  @Test
  void eachEventsHashDependsOnEveryField() {
    AuditEvent a = new AuditEvent(1, Instant.EPOCH, "x", "y", "z", "d", AuditChain.GENESIS);
    AuditEvent b = new AuditEvent(1, Instant.EPOCH, "x", "y", "z", "e", AuditChain.GENESIS);
    AuditEvent c = new AuditEvent(1, Instant.EPOCH, "xy", "", "z", "d", AuditChain.GENESIS);
    assertThat(a.eventHash()).isNotEqualTo(b.eventHash()).isNotEqualTo(c.eventHash()).hasSize(64);
  }
}
