package org.facilitatoracademy.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.facilitatoracademy.certification.domain.RequirementItem;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * Words and dates for the certification pages: checklist lines from the bundle, dates spelled out.
 */
@Named
@ApplicationScoped
public class CertificationText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject private PageMessages messages;

  /** The line of the checklist a person reads for one requirement. */
  public String requirement(RequirementItem item) {
    String kind = item.kind();
    return switch (kind) {
      case "enrolment", "modules", "exam", "refresher" ->
          messages.text("requirement." + kind, item.label());
      case "module" -> messages.text("requirement.module", item.label());
      case "practicum" ->
          messages.text("requirement." + item.code().replace(':', '.'), item.done(), item.needed());
      case "agreement" -> messages.text("requirement." + item.code().replace(':', '.'));
      case "renewal-window" ->
          messages.text("requirement.renewal-window", date(LocalDate.parse(item.label())));
      default -> messages.text("requirement." + kind);
    };
  }

  /** A bundle text with one value filled in, for attributes that cannot hold h:outputFormat. */
  public String format(String key, Object value) {
    return messages.text(key, value);
  }

  /** The unmet lines of a refusal, joined for one message. */
  public String unmet(List<String> codes, List<RequirementItem> items) {
    return String.join(
        "; ", items.stream().filter(i -> codes.contains(i.code())).map(this::requirement).toList());
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The day of a moment, in UTC like every date of the policy. */
  public String day(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }
}
