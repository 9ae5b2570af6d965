package org.facilitatoracademy.verification;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The official Open Badges 3.0 AchievementCredential JSON Schema (a copy in the test resources; see
 * {@code openbadges/SOURCE.md}), checked with the networknt validator — a library independent of
 * the code that builds credentials.
 */
public final class OpenBadgeSchema {

  private static final Schema SCHEMA = load();

  private OpenBadgeSchema() {}

  /** The schema's complaints about a credential's JSON; empty when it is valid. */
  public static List<String> problems(String credentialJson) {
    return SCHEMA.validate(credentialJson, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in =
        OpenBadgeSchema.class.getResourceAsStream(
            "/openbadges/achievementcredential.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
