package org.facilitatoracademy.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void theKeyIgnoresCaseSoOnePersonHasOneAccount() {
    assertThat(new EmailAddress(" Sam.K@Example.ORG ").key()).isEqualTo("sam.k@example.org");
    assertThat(new EmailAddress("Sam.K@Example.ORG").value()).isEqualTo("Sam.K@Example.ORG");
  }

  @Test
  void textThatIsNotAnAddressIsRefused() {
    assertThatThrownBy(() -> new EmailAddress("no-at-sign"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EmailAddress("a@b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EmailAddress("two@@example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
