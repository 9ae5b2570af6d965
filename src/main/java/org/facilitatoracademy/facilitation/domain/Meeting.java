package org.facilitatoracademy.facilitation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A meeting that a region's coordinators keep, and the people who serve it: one leader, any
 * co-leaders, and a mentor when a host leads. The meeting guards its own duties: a closed meeting
 * takes nobody, a leader replaced or lapsed leaves a trace in the history, and a meeting whose
 * leader is gone "needs a leader". Every change touches the meeting row, so two coordinators (or a
 * coordinator and the lapse job) changing it at once meet its version check.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

  static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
  @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private MeetingKind kind;

  @Column(name = "region_code", nullable = false, updatable = false)
  private String regionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "weekday")
  private DayOfWeek weekday;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_date", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "meets_on")
  private List<LocalDate> dates = new ArrayList<>();

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "online", nullable = false)
  private boolean online;

  @Column(name = "city")
  private String city;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MeetingStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** The last day the daily lapse check looked at this meeting; claimed under the version. */
  @Column(name = "lapses_checked_on")
  private LocalDate lapsesCheckedOn;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<LeaderAssignment> assignments = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Meeting() {}

  public Meeting(
      String title,
      MeetingKind kind,
      String regionCode,
      Schedule schedule,
      Venue venue,
      String createdBy,
      Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.kind = requireKind(kind);
    this.regionCode = regionCode;
    this.status = MeetingStatus.ACTIVE;
    this.createdAt = now;
    this.createdBy = createdBy;
    describe(title, schedule, venue);
    this.changedAt = now;
  }

  /** New title, schedule or venue; the kind stays, since the leaders were chosen for it. */
  public void revise(String newTitle, Schedule schedule, Venue venue, Instant now) {
    describe(newTitle, schedule, venue);
    changedAt = now;
  }

  private void describe(String newTitle, Schedule schedule, Venue venue) {
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > MAX_TITLE) {
      throw BusinessException.rule(
          "invalid-title", "Give the meeting a title of at most " + MAX_TITLE + " characters.");
    }
    this.title = newTitle.strip();
    this.weekday = schedule.weekday();
    this.dates = new ArrayList<>(schedule.dates());
    this.startTime = schedule.time();
    this.timeZone = schedule.timeZone().getId();
    this.online = venue.online();
    this.city = venue.city();
  }

  private static MeetingKind requireKind(MeetingKind kind) {
    if (kind == null) {
      throw BusinessException.rule("invalid-kind", "Choose the kind of meeting.");
    }
    return kind;
  }

  /**
   * Pauses, resumes or closes the meeting. Closing is final and ends every duty; returns the duties
   * it ended.
   */
  public List<LeaderAssignment> changeStatus(MeetingStatus target, String by, Instant now) {
    if (status == MeetingStatus.CLOSED) {
      throw BusinessException.conflict("meeting-closed", "This meeting is closed.");
    }
    if (target == null || target == status) {
      return List.of();
    }
    status = target;
    changedAt = now;
    if (target != MeetingStatus.CLOSED) {
      return List.of();
    }
    List<LeaderAssignment> ended = current();
    ended.forEach(a -> a.end(EndReason.MEETING_CLOSED, by, now));
    return ended;
  }

  /**
   * Makes someone the leader, on the credential the leadership rule found, with the mentor named
   * for them (or null). A previous leader and mentor are replaced; a co-leader who becomes the
   * leader stops being a co-leader. Assigning the same people again changes nothing.
   */
  public void assignLeader(
      String accountId, CredentialKind basis, String mentorId, String by, Instant now) {
    requireOpen();
    if (accountId.equals(mentorId)) {
      throw BusinessException.rule(
          "mentor-is-leader", "A leader cannot be their own mentor: name someone else.");
    }
    Optional<LeaderAssignment> leader = current(Duty.LEADER);
    if (leader.isEmpty() || !leader.get().isHeldBy(accountId)) {
      leader.ifPresent(a -> a.end(EndReason.REPLACED, by, now));
      current(Duty.CO_LEADER, accountId).ifPresent(a -> a.end(EndReason.REPLACED, by, now));
      assignments.add(new LeaderAssignment(this, accountId, Duty.LEADER, basis, by, now));
    } else {
      leader.get().continueOn(basis);
    }
    Optional<LeaderAssignment> mentor = current(Duty.MENTOR);
    if (mentorId == null) {
      mentor.ifPresent(a -> a.end(EndReason.REPLACED, by, now));
    } else if (mentor.isEmpty() || !mentor.get().isHeldBy(mentorId)) {
      mentor.ifPresent(a -> a.end(EndReason.REPLACED, by, now));
      assignments.add(
          new LeaderAssignment(this, mentorId, Duty.MENTOR, CredentialKind.FACILITATOR, by, now));
    }
    changedAt = now;
  }

  /** Adds a co-leader; returns false when they already co-lead. The leader cannot also co-lead. */
  public boolean addCoLeader(String accountId, CredentialKind basis, String by, Instant now) {
    requireOpen();
    if (current(Duty.LEADER).filter(a -> a.isHeldBy(accountId)).isPresent()) {
      throw BusinessException.conflict("already-leader", "This person already leads the meeting.");
    }
    if (current(Duty.CO_LEADER, accountId).isPresent()) {
      return false;
    }
    assignments.add(new LeaderAssignment(this, accountId, Duty.CO_LEADER, basis, by, now));
    changedAt = now;
    return true;
  }

  /** Takes the leader (and so the mentor who worked with them) off; the meeting needs a leader. */
  public List<LeaderAssignment> removeLeader(String by, Instant now) {
    List<LeaderAssignment> ended = new ArrayList<>();
    current(Duty.LEADER).ifPresent(ended::add);
    current(Duty.MENTOR).ifPresent(ended::add);
    ended.forEach(a -> a.end(EndReason.REMOVED, by, now));
    if (!ended.isEmpty()) {
      changedAt = now;
    }
    return ended;
  }

  public Optional<LeaderAssignment> removeCoLeader(String accountId, String by, Instant now) {
    Optional<LeaderAssignment> coLeader = current(Duty.CO_LEADER, accountId);
    coLeader.ifPresent(
        a -> {
          a.end(EndReason.REMOVED, by, now);
          changedAt = now;
        });
    return coLeader;
  }

  /**
   * Checks every duty this person has here against the credentials they hold today: a duty whose
   * credential no longer covers it ends as LAPSED; one still covered goes on, on the best
   * credential (a leader whose FACILITATOR credential lapsed but whose HOST credential holds leads
   * a discussion on as a host, and then needs a mentor). Returns the duties that ended.
   */
  public List<LeaderAssignment> review(
      String accountId,
      List<LeaderCredential> held,
      LeadershipPolicy policy,
      LocalDate today,
      Instant now) {
    List<LeaderAssignment> ended = new ArrayList<>();
    boolean rebased = false;
    for (LeaderAssignment a : current()) {
      if (!a.isHeldBy(accountId)) {
        continue;
      }
      Optional<CredentialKind> basis = policy.basisToContinue(a.duty(), kind, held, today);
      if (basis.isEmpty()) {
        a.end(EndReason.LAPSED, "system", now);
        ended.add(a);
      } else {
        rebased |= a.continueOn(basis.get());
      }
    }
    if (rebased || !ended.isEmpty()) {
      changedAt = now;
    }
    return ended;
  }

  /** Claims the day's lapse check for this meeting; false when it was already done today. */
  public boolean claimLapseCheck(LocalDate today) {
    if (lapsesCheckedOn != null && !lapsesCheckedOn.isBefore(today)) {
      return false;
    }
    lapsesCheckedOn = today;
    return true;
  }

  private void requireOpen() {
    if (status == MeetingStatus.CLOSED) {
      throw BusinessException.conflict(
          "meeting-closed", "This meeting is closed: nobody can be assigned to it.");
    }
  }

  /** No leader while the meeting is not closed. */
  public boolean needsLeader() {
    return status != MeetingStatus.CLOSED && current(Duty.LEADER).isEmpty();
  }

  /** A host leads without a mentor. */
  public boolean needsMentor() {
    return current(Duty.LEADER).filter(a -> a.basis().leadsUnderMentor()).isPresent()
        && current(Duty.MENTOR).isEmpty();
  }

  /** What the public list shows: someone certified leads it right now, never who. */
  public boolean ledByCertifiedLeader() {
    return current(Duty.LEADER).isPresent() && !needsMentor();
  }

  public Optional<LeaderAssignment> leader() {
    return current(Duty.LEADER);
  }

  public Optional<LeaderAssignment> mentor() {
    return current(Duty.MENTOR);
  }

  public List<LeaderAssignment> coLeaders() {
    return current().stream().filter(a -> a.duty() == Duty.CO_LEADER).toList();
  }

  /** The duties that run now. */
  public List<LeaderAssignment> current() {
    return assignments.stream().filter(LeaderAssignment::isCurrent).toList();
  }

  /** Every duty there ever was, newest first. */
  public List<LeaderAssignment> history() {
    return assignments.stream()
        .sorted(
            Comparator.comparing(LeaderAssignment::startedAt)
                .thenComparing(a -> a.id() == null ? Long.MAX_VALUE : a.id())
                .reversed())
        .toList();
  }

  private Optional<LeaderAssignment> current(Duty duty) {
    return current().stream().filter(a -> a.duty() == duty).findFirst();
  }

  private Optional<LeaderAssignment> current(Duty duty, String accountId) {
    return current().stream().filter(a -> a.duty() == duty && a.isHeldBy(accountId)).findFirst();
  }

  public Schedule schedule() {
    return new Schedule(weekday, dates, startTime, ZoneId.of(timeZone));
  }

  public Venue venue() {
    return new Venue(online, city);
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String title() {
    return title;
  }

  public MeetingKind kind() {
    return kind;
  }

  public String regionCode() {
    return regionCode;
  }

  public MeetingStatus status() {
    return status;
  }
}
