package org.facilitatoracademy.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark run small on every build: it still writes graded attempts with the application's
 * SQL, and the running totals still equal the figures computed from the slots (the benchmark throws
 * otherwise). Nothing here is timed; the figures come from the full run (README).
 */
class ItemAnalysisBenchmarkTest {

  @Test
  void aSmallRunOnH2FindsTheTotalsEqualToTheSlots(@TempDir Path workDir) throws Exception {
    String report = ItemAnalysisBenchmark.measure(300, List.of("h2"), workDir);

    assertThat(report)
        .contains("Running totals equal the figures computed from the slots on every database.")
        .contains("300");
  }
}
