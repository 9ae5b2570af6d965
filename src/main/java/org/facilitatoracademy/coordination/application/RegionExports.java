package org.facilitatoracademy.coordination.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.application.CertificateFilter;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.facilitation.application.MeetingRisks;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.facilitation.application.ServingPerson;
import org.facilitatoracademy.identity.application.AccountService;

/**
 * The region's progress, certificates and meetings as tables for a spreadsheet. Each export is
 * audited: it takes people's training records out of the application.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class RegionExports {

  @Inject private RegionOverview overview;
  @Inject private Certificates certificates;
  @Inject private MeetingRisks meetings;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;

  public Export progress(String requested) {
    String region = overview.region(requested).orElse(null);
    Names regions = new Names(accounts);
    List<List<String>> rows = new ArrayList<>();
    for (PersonInTraining p : overview.people(region)) {
      String practicum = yesNo(p.reached(Stage.PRACTICUM_DONE));
      String applied = yesNo(p.reached(Stage.APPLIED));
      String certified = yesNo(p.reached(Stage.CERTIFIED));
      if (p.courses().isEmpty()) {
        rows.add(
            List.of(
                p.displayName(),
                regions.of(p.region()),
                "",
                "",
                "",
                "",
                "",
                practicum,
                applied,
                certified));
      }
      for (PersonInTraining.CourseLine c : p.courses()) {
        rows.add(
            List.of(
                p.displayName(),
                regions.of(p.region()),
                c.courseTitle(),
                Integer.toString(c.percent()),
                Integer.toString(c.modulesDone()),
                Integer.toString(c.modulesTotal()),
                yesNo(c.examPassed()),
                practicum,
                applied,
                certified));
      }
    }
    return audited(
        "progress",
        region,
        List.of(
            "name",
            "region",
            "course",
            "percent",
            "modulesDone",
            "modulesTotal",
            "examPassed",
            "practicumDone",
            "applied",
            "certified"),
        rows);
  }

  public Export certificates(String requested) {
    String region = overview.region(requested).orElse(null);
    Names regions = new Names(accounts);
    List<List<String>> rows = new ArrayList<>();
    for (CertificateView c :
        certificates.inRegion(region, CertificateFilter.NONE, 0, Integer.MAX_VALUE)) {
      rows.add(
          List.of(
              c.number(),
              c.code(),
              c.credential().name(),
              c.displayName(),
              regions.of(c.region()),
              c.status().name(),
              date(c.issuedOn()),
              date(c.expiresOn()),
              date(c.graceEndsOn()),
              yesNo(c.imported())));
    }
    return audited(
        "certificates",
        region,
        List.of(
            "number",
            "code",
            "credential",
            "holder",
            "region",
            "status",
            "issuedOn",
            "expiresOn",
            "graceEndsOn",
            "imported"),
        rows);
  }

  public Export meetings(String requested) {
    String region = overview.region(requested).orElse(null);
    Names regions = new Names(accounts);
    List<List<String>> rows = new ArrayList<>();
    for (MeetingView m : meetings.meetingsOf(region)) {
      rows.add(
          List.of(
              m.id(),
              m.title(),
              m.kind().name(),
              regions.of(m.region()),
              m.schedule().weekdayIfWeekly().map(Enum::name).orElse(""),
              m.schedule().time().toString(),
              m.schedule().timeZone().getId(),
              yesNo(m.venue().online()),
              Optional.ofNullable(m.venue().city()).orElse(""),
              m.status().name(),
              m.leader().map(ServingPerson::displayName).orElse(""),
              m.coLeaders().stream()
                  .map(ServingPerson::displayName)
                  .collect(Collectors.joining("; ")),
              m.mentor().map(ServingPerson::displayName).orElse(""),
              yesNo(m.ledByCertifiedLeader())));
    }
    return audited(
        "meetings",
        region,
        List.of(
            "id",
            "title",
            "kind",
            "region",
            "weekday",
            "time",
            "timeZone",
            "online",
            "city",
            "status",
            "leader",
            "coLeaders",
            "mentor",
            "ledByCertifiedLeader"),
        rows);
  }

  private Export audited(String what, String region, List<String> header, List<List<String>> rows) {
    audit.record(
        accounts.callerId(),
        "export." + what,
        region == null ? "all-regions" : region,
        rows.size() + " rows");
    String file = what + "-" + (region == null ? "all-regions" : region) + ".csv";
    return new Export(file, header, rows);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String date(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  /** Region names looked up once per export. */
  private static final class Names {
    private final AccountService accounts;
    private final Map<String, String> known = new HashMap<>();

    Names(AccountService accounts) {
      this.accounts = accounts;
    }

    String of(String code) {
      return known.computeIfAbsent(code, accounts::regionName);
    }
  }
}
