package org.facilitatoracademy.certification.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Which certificates a coordinator lists: those of a region (every region for an administrator),
 * optionally only those with a status as it reads today, only those expiring within some days (the
 * people to remind about renewal), and only those whose number or display name contains a text.
 *
 * @param region the region, or empty for every region
 * @param status the status on {@code today}: EXPIRED is an active or inactive certificate past its
 *     date, as {@link Certificate#statusOn} reads it
 * @param expiringWithinDays expiry after today and at most this many days ahead
 */
public record CertificateSearch(
    Optional<String> region,
    Optional<CertificateStatus> status,
    Optional<Integer> expiringWithinDays,
    Optional<String> text,
    LocalDate today) {

  public CertificateSearch {
    expiringWithinDays.ifPresent(
        days -> {
          if (days < 0) {
            throw new IllegalArgumentException("Days ahead cannot be negative");
          }
        });
    text = text.map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT));
  }

  /** Every certificate of the region, whatever its status. */
  public static CertificateSearch all(Optional<String> region, LocalDate today) {
    return new CertificateSearch(
        region, Optional.empty(), Optional.empty(), Optional.empty(), today);
  }

  /** The last day a certificate may expire on to count as expiring soon. */
  public Optional<LocalDate> expiringBy() {
    return expiringWithinDays.map(today::plusDays);
  }
}
