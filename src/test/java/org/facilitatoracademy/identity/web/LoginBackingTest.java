package org.facilitatoracademy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

  @Test
  void aPathInsideTheApplicationIsKept() {
    assertThat(LoginBacking.safeTarget("/me/account.xhtml?tab=2"))
        .isEqualTo("/me/account.xhtml?tab=2");
  }

  @Test
  void addressesElsewhereGoHomeInstead() {
    assertThat(LoginBacking.safeTarget("//evil.example.org/")).isEqualTo("/me/home.xhtml");
    assertThat(LoginBacking.safeTarget("https://evil.example.org/")).isEqualTo("/me/home.xhtml");
    assertThat(LoginBacking.safeTarget("/\\evil.example.org")).isEqualTo("/me/home.xhtml");
    assertThat(LoginBacking.safeTarget(null)).isEqualTo("/me/home.xhtml");
  }
}
