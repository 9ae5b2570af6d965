package org.facilitatoracademy.facilitation.domain;

/**
 * Where a meeting happens: online, or in person in a city. Never a street address: the public list
 * tells people where to look, and the coordinator gives the details to those who ask.
 */
public record Venue(boolean online, String city) {

  public Venue {
    if (online) {
      city = null;
    } else {
      if (city == null || city.isBlank()) {
        throw new IllegalArgumentException("An in-person meeting needs its city.");
      }
      city = city.strip();
      if (city.length() > 100) {
        throw new IllegalArgumentException("A city name has at most 100 characters.");
      }
    }
  }

  public static Venue forOnlineMeeting() {
    return new Venue(true, null);
  }

  public static Venue inPerson(String city) {
    return new Venue(false, city);
  }
}
