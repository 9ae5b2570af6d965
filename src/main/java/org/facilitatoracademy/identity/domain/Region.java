package org.facilitatoracademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/** An area whose coordinators approve facilitators and look after meetings. */
@Entity
@Table(name = "region")
public class Region {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  protected Region() {}

  public Region(String code, String name) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "A region code is 1 to 32 lowercase letters, digits or hyphens, starting with a letter"
              + " or digit");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("A region needs a name of at most 200 characters");
    }
    this.code = code;
    this.name = name.strip();
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
