package org.facilitatoracademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.facilitatoracademy.identity.application.AccountService;

/**
 * Pages show a region by the name people know it by, never its code: {@code
 * #{regionNames.of(code)}}. Looked up once per request and region.
 */
@Named
@RequestScoped
public class RegionNames {

  @Inject private AccountService accounts;

  private final Map<String, String> known = new HashMap<>();

  public String of(String code) {
    if (code == null) {
      return "";
    }
    return known.computeIfAbsent(code, accounts::regionName);
  }
}
