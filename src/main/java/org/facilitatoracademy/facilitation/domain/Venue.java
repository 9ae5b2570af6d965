package org.facilitatoracademy.facilitation.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a meeting happens and how to join it. An online meeting has its public https link. An
 * in-person meeting has its city and, optionally, the venue's public address; with a link as well
 * it is hybrid. Never anything finer than the venue: the lists tell people where to go, not who
 * will be there.
 */
public record Venue(boolean online, String city, String address, String conferenceUrl) {

  static final int MAX_CITY = 100;
  static final int MAX_ADDRESS = 300;
  static final int MAX_URL = 500;

  public Venue {
    conferenceUrl = blankToNull(conferenceUrl);
    if (conferenceUrl != null) {
      requireHttps(conferenceUrl);
    }
    if (online) {
      if (conferenceUrl == null) {
        throw new IllegalArgumentException(
            "An online meeting needs its link (conferenceUrl), so people can join it.");
      }
      city = null;
      address = null;
    } else {
      if (city == null || city.isBlank()) {
        throw new IllegalArgumentException("An in-person meeting needs its city.");
      }
      city = city.strip();
      if (city.length() > MAX_CITY) {
        throw new IllegalArgumentException("A city name has at most " + MAX_CITY + " characters.");
      }
      address = blankToNull(address);
      if (address != null && address.length() > MAX_ADDRESS) {
        throw new IllegalArgumentException(
            "An address has at most " + MAX_ADDRESS + " characters.");
      }
    }
  }

  /** The older form: a place without link or address (an online meeting then needs its link). */
  public Venue(boolean online, String city) {
    this(online, city, null, null);
  }

  public static Venue forOnlineMeeting(String conferenceUrl) {
    return new Venue(true, null, null, conferenceUrl);
  }

  public static Venue inPerson(String city) {
    return new Venue(false, city, null, null);
  }

  public static Venue inPerson(String city, String address) {
    return new Venue(false, city, address, null);
  }

  /** In person, with a link for those who join from elsewhere. */
  public static Venue hybrid(String city, String address, String conferenceUrl) {
    return new Venue(false, city, address, conferenceUrl);
  }

  /** How people attend: online, in person, or both. */
  public Attendance attendance() {
    if (online) {
      return Attendance.ONLINE;
    }
    return conferenceUrl == null ? Attendance.IN_PERSON : Attendance.HYBRID;
  }

  public Optional<String> link() {
    return Optional.ofNullable(conferenceUrl);
  }

  public Optional<String> streetAddress() {
    return Optional.ofNullable(address);
  }

  private static void requireHttps(String url) {
    if (url.length() > MAX_URL) {
      throw new IllegalArgumentException(
          "The meeting link (conferenceUrl) has at most " + MAX_URL + " characters.");
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        throw new IllegalArgumentException(
            "The meeting link (conferenceUrl) must be an https address, e.g."
                + " https://meet.example.org/room.");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The meeting link (conferenceUrl) is not a web address: " + e.getReason() + ".");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** How people attend a meeting, in the words of the meeting lists. */
  public enum Attendance {
    IN_PERSON,
    ONLINE,
    HYBRID
  }
}
