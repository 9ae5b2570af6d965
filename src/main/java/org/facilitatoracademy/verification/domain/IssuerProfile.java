package org.facilitatoracademy.verification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;

/**
 * The academy as issuer. In a VC-JWT its id is the installation's base URL; in a Data Integrity
 * credential it is the {@code did:web} of that URL, whose DID document the installation serves at
 * {@code /.well-known/did.json}.
 */
public record IssuerProfile(String id, String name) {

  /** An Open Badges {@code Profile} named by the base URL. */
  public JsonObject toJson() {
    return profile(id);
  }

  /** The same {@code Profile}, named by the issuer's DID. */
  public JsonObject toDidJson() {
    return profile(did());
  }

  private JsonObject profile(String profileId) {
    return Json.createObjectBuilder()
        .add("id", profileId)
        .add("type", Json.createArrayBuilder().add("Profile"))
        .add("name", name)
        .add("url", id)
        .add("image", image(id + "/resources/badges/issuer.png"))
        .build();
  }

  /**
   * {@code did:web:} of the base URL: the host, a port written {@code %3A}, and any path with its
   * slashes as colons (did:web method, section 3.1).
   */
  public String did() {
    URI uri = URI.create(id);
    StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
    if (uri.getPort() != -1) {
      did.append("%3A").append(uri.getPort());
    }
    String path = uri.getPath();
    if (path != null && !path.isBlank() && !"/".equals(path)) {
      for (String segment : path.split("/")) {
        if (!segment.isEmpty()) {
          did.append(':').append(segment);
        }
      }
    }
    return did.toString();
  }

  /** Where the status list with this public id is published as a VC-JWT. */
  public String statusListUrl(String listId) {
    return id + "/api/v1/status-lists/" + listId;
  }

  /** Where the same status list is published as JSON-LD with a Data Integrity proof. */
  public String linkedDataStatusListUrl(String listId) {
    return statusListUrl(listId) + "?format=ldp";
  }

  /** Where a credential type's achievement is described. */
  public String achievementId(Credential credential) {
    return id + "/achievements/" + credential.slug();
  }

  /** The badge image of a credential type, served by the application. */
  public JsonObject badgeImage(Credential credential) {
    return image(id + "/resources/badges/" + credential.slug() + ".png");
  }

  private static JsonObject image(String url) {
    return Json.createObjectBuilder().add("id", url).add("type", "Image").build();
  }
}
