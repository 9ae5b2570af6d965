package org.facilitatoracademy.facilitation.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.facilitation.application.MeetingDraft;
import org.facilitatoracademy.facilitation.application.MeetingView;

/** The fields of the meeting form, shared by creating and revising a meeting. */
public class MeetingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String kind = "FOUR_POINT";
  private boolean weekly = true;
  private String weekday = "MONDAY";
  private List<LocalDate> dates = new ArrayList<>();
  private String time = "19:00";
  private String timeZone = "Europe/London";
  private boolean online;
  private String city;
  private String address;
  private String conferenceUrl;
  private Integer durationMinutes;

  static MeetingForm of(MeetingView m) {
    MeetingForm form = new MeetingForm();
    form.title = m.title();
    form.kind = m.kind().name();
    form.weekly = m.schedule().isWeekly();
    form.weekday = m.schedule().weekdayIfWeekly().map(Enum::name).orElse("MONDAY");
    form.dates = new ArrayList<>(m.schedule().dates());
    form.time = m.schedule().time().toString();
    form.timeZone = m.schedule().timeZone().getId();
    form.online = m.venue().online();
    form.city = m.venue().city();
    form.address = m.venue().address();
    form.conferenceUrl = m.venue().conferenceUrl();
    form.durationMinutes = m.durationMinutes();
    return form;
  }

  MeetingDraft toDraft() {
    return MeetingDraft.read(
        title,
        kind,
        null,
        weekly ? weekday : null,
        time,
        timeZone,
        weekly ? List.of() : dates.stream().map(LocalDate::toString).toList(),
        online,
        city,
        address,
        conferenceUrl,
        durationMinutes);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isWeekly() {
    return weekly;
  }

  public void setWeekly(boolean weekly) {
    this.weekly = weekly;
  }

  public String getWeekday() {
    return weekday;
  }

  public void setWeekday(String weekday) {
    this.weekday = weekday;
  }

  public List<LocalDate> getDates() {
    return dates;
  }

  public void setDates(List<LocalDate> dates) {
    this.dates = dates == null ? new ArrayList<>() : dates;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getConferenceUrl() {
    return conferenceUrl;
  }

  public void setConferenceUrl(String conferenceUrl) {
    this.conferenceUrl = conferenceUrl;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }
}
