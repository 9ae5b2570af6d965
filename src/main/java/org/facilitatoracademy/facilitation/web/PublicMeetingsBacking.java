package org.facilitatoracademy.facilitation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.Region;

/** The public meeting list: pick a region, see its meetings, never who leads them. */
@Named
@ViewScoped
public class PublicMeetingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingListings listings;
  @Inject private transient AccountService accounts;

  private String region;
  private List<PublicMeeting> meetings;

  public List<PublicMeeting> getMeetings() {
    if (meetings == null) {
      meetings = listings.running(region);
    }
    return meetings;
  }

  public void regionChanged() {
    meetings = null;
  }

  public List<Region> getRegions() {
    return accounts.regions();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
    this.meetings = null;
  }
}
