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
import java.util.Objects;
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
  static final int MIN_MINUTES = 15;
  static final int MAX_MINUTES = 240;

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

  @Column(name = "address")
  private String address;

  @Column(name = "conference_url")
  private String conferenceUrl;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  /** The public note while temporarily closed ("back after the summer"). */
  @Column(name = "status_note")
  private String statusNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_cancellation", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<Cancellation> cancellations = new ArrayList<>();

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
    this(title, kind, regionCode, schedule, venue, null, createdBy, now);
  }

  /** A new meeting; {@code durationMinutes} null means the usual length for its kind. */
  public Meeting(
      String title,
      MeetingKind kind,
      String regionCode,
      Schedule schedule,
      Venue venue,
      Integer durationMinutes,
      String createdBy,
      Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.kind = requireKind(kind);
    this.regionCode = regionCode;
    this.status = MeetingStatus.ACTIVE;
    this.createdAt = now;
    this.createdBy = createdBy;
    describe(title, schedule, venue, durationMinutes);
    this.changedAt = now;
  }

  /**
   * New title, schedule, venue or length (null: the usual length for its kind); the kind stays,
   * since the leaders were chosen for it.
   */
  public void revise(
      String newTitle, Schedule schedule, Venue venue, Integer durationMinutes, Instant now) {
    describe(newTitle, schedule, venue, durationMinutes);
    changedAt = now;
  }

  private void describe(String newTitle, Schedule schedule, Venue venue, Integer minutes) {
    int length = minutes == null ? kind.usualMinutes() : minutes;
    if (length < MIN_MINUTES || length > MAX_MINUTES) {
      throw BusinessException.rule(
          "invalid-duration",
          "A meeting lasts between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.");
    }
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
    this.address = venue.address();
    this.conferenceUrl = venue.conferenceUrl();
    this.durationMinutes = length;
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
    return changeStatus(target, null, by, now);
  }

  /**
   * As {@link #changeStatus(MeetingStatus, String, Instant)}, with the public note shown while the
   * meeting is temporarily closed (kept only for that status).
   */
  public List<LeaderAssignment> changeStatus(
      MeetingStatus target, String note, String by, Instant now) {
    if (status == MeetingStatus.CLOSED) {
      throw BusinessException.conflict("meeting-closed", "This meeting is closed.");
    }
    String newNote = target == MeetingStatus.TEMPORARILY_CLOSED ? publicNote(note) : null;
    if (target == null || (target == status && Objects.equals(newNote, statusNote))) {
      return List.of();
    }
    status = target;
    statusNote = newNote;
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

  /**
   * Cancels one occurrence, with a short public note. Only a day the meeting meets on, today or
   * later in the meeting's own time zone, and not on a closed meeting. Returns false when that day
   * was already cancelled (its note is then updated).
   */
  public boolean cancel(LocalDate day, String note, String by, Instant now, LocalDate today) {
    if (status == MeetingStatus.CLOSED) {
      throw BusinessException.conflict("meeting-closed", "This meeting is closed.");
    }
    if (day == null || !schedule().meetsOn(day)) {
      throw BusinessException.rule(
          "not-an-occurrence", "The meeting does not meet on " + day + ": choose one of its days.");
    }
    if (day.isBefore(today)) {
      throw BusinessException.rule(
          "date-passed", "The day " + day + " has passed: only coming meetings can be cancelled.");
    }
    String text = publicNote(note);
    Optional<Cancellation> known = cancellationOn(day);
    known.ifPresent(cancellations::remove);
    cancellations.add(new Cancellation(day, text, by, now));
    changedAt = now;
    return known.isEmpty();
  }

  /** Takes a cancellation back: the meeting meets that day after all. False when none was there. */
  public boolean restore(LocalDate day, Instant now) {
    Optional<Cancellation> known = cancellationOn(day);
    known.ifPresent(
        c -> {
          cancellations.remove(c);
          changedAt = now;
        });
    return known.isPresent();
  }

  public Optional<Cancellation> cancellationOn(LocalDate day) {
    return cancellations.stream().filter(c -> c.date().equals(day)).findFirst();
  }

  /** Every cancelled occurrence, by date. */
  public List<Cancellation> cancellations() {
    return cancellations.stream().sorted(Comparator.comparing(Cancellation::date)).toList();
  }

  private static String publicNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String text = note.strip();
    if (text.length() > Cancellation.MAX_NOTE) {
      throw BusinessException.rule(
          "invalid-note", "A public note has at most " + Cancellation.MAX_NOTE + " characters.");
    }
    return text;
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
    return new Venue(online, city, address, conferenceUrl);
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

  public Optional<String> statusNote() {
    return Optional.ofNullable(statusNote);
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When anything the public sees last changed (details, status, cancellations, leaders). */
  public Instant changedAt() {
    return changedAt;
  }
}
