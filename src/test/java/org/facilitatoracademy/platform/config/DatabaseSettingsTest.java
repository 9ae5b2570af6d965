package org.facilitatoracademy.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void anH2DatabaseWritesEveryCommitBeforeItReturns() {
    assertThat(DatabaseSettings.durable("jdbc:h2:file:/data/academy;MODE=Regular"))
        .isEqualTo("jdbc:h2:file:/data/academy;MODE=Regular;WRITE_DELAY=0");
  }

  @Test
  void anOperatorsOwnWriteDelayIsKept() {
    assertThat(DatabaseSettings.durable("jdbc:h2:file:/data/academy;write_delay=500"))
        .isEqualTo("jdbc:h2:file:/data/academy;write_delay=500");
  }

  @Test
  void postgreSqlIsLeftAsItIs() {
    assertThat(DatabaseSettings.durable("jdbc:postgresql://db/academy"))
        .isEqualTo("jdbc:postgresql://db/academy");
  }
}
