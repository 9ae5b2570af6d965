package org.facilitatoracademy.verification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The academy as issuer: its id is the installation's base URL. */
public record IssuerProfile(String id, String name) {

  /** An Open Badges {@code Profile}. */
  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("type", Json.createArrayBuilder().add("Profile"))
        .add("name", name)
        .add("url", id)
        .build();
  }

  /** Where the status list with this public id is published. */
  public String statusListUrl(String listId) {
    return id + "/api/v1/status-lists/" + listId;
  }

  /** Where a credential type's achievement is described. */
  public String achievementId(Credential credential) {
    return id + "/achievements/" + credential.slug();
  }
}
