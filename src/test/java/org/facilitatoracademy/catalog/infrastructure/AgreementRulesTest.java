package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.CONDUCT_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.CONFIDENTIALITY_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement texts in {@code modules/agreements/}: both exist, each with id, title, version. */
class AgreementRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  @Test
  void bothAgreementsLoadWithTitleVersionAndSanitisedText() {
    ContentLoadResult result = content.load();

    assertThat(result.errors()).as(ContentFixture.describe(result)).isEmpty();
    AgreementText conduct = result.snapshot().findAgreement("code-of-conduct").orElseThrow();
    assertThat(conduct.title()).isEqualTo("Code of conduct");
    assertThat(conduct.version()).isEqualTo("2026.1");
    assertThat(conduct.html()).contains("<strong>peer</strong>");
    assertThat(result.loaded()).extracting(i -> i.file()).contains(CONDUCT_FILE);
    assertThat(result.snapshot().modules())
        .as("the agreements folder is not a module")
        .extracting(m -> m.id())
        .containsExactly("basics");
  }

  @Test
  void aMissingAgreementIsAProblem() {
    ContentLoadResult result = content.delete(CONFIDENTIALITY_FILE).load();

    assertThat(result.errors())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("modules/agreements");
              assertThat(p.message())
                  .contains("no text of the agreement 'confidentiality'")
                  .contains("add modules/agreements/confidentiality.md");
            });
  }

  @Test
  void anAgreementWithoutAVersionIsRefusedOnItsFrontMatter() {
    ContentLoadResult result =
        content.write(CONDUCT_FILE, "---\nid: code-of-conduct\ntitle: Code\n---\nText.\n").load();

    assertProblem(result, CONDUCT_FILE, 2, "'version'");
    assertThat(result.snapshot().findAgreement("code-of-conduct")).isEmpty();
  }

  @Test
  void aVersionWrittenAsANumberIsRefusedAsYamlWouldReadIt() {
    ContentLoadResult result =
        content
            .write(
                CONDUCT_FILE, "---\nid: code-of-conduct\ntitle: Code\nversion: 2026.1\n---\nT.\n")
            .load();

    assertProblem(result, CONDUCT_FILE, 4, "'version'");
  }

  @Test
  void anIdThatIsNotTheFileNameIsRefused() {
    ContentLoadResult result =
        content
            .write(CONDUCT_FILE, "---\nid: conduct\ntitle: Code\nversion: \"1\"\n---\nText.\n")
            .load();

    assertProblem(result, CONDUCT_FILE, 2, "modules/agreements/conduct.md");
  }

  @Test
  void aBrokenAgreementKeepsItsPreviousTextLive() {
    ContentLoadResult first = content.load();
    ContentLoadResult second =
        content
            .write(CONDUCT_FILE, "---\nid: code-of-conduct\n---\nText.\n")
            .load(first.snapshot());

    assertThat(second.errors()).isNotEmpty();
    assertThat(second.snapshot().findAgreement("code-of-conduct"))
        .contains(first.snapshot().findAgreement("code-of-conduct").orElseThrow());
  }
}
