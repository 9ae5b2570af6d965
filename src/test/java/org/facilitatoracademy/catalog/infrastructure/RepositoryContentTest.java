package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.junit.jupiter.api.Test;

/** The course content in this repository loads without a single problem. */
class RepositoryContentTest {

  @Test
  void theRepositoryContentLoadsWithoutProblems() {
    ContentLoadResult result =
        new ContentLoader().load(RepositoryContent.folder(), ContentSnapshot.empty());

    assertThat(result.errors()).as(ContentFixture.describe(result)).isEmpty();
    assertThat(result.snapshot().courses())
        .extracting(c -> c.id())
        .contains("facilitator", "host", "renewal-refresher");
  }
}
