package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.MyDuty;

/** "My meetings": what the signed-in person leads, co-leads or mentors. */
@Named
@RequestScoped
public class MyMeetingsBacking {

  @Inject private MeetingListings listings;

  private List<MyDuty> duties;

  public List<MyDuty> getDuties() {
    if (duties == null) {
      duties = listings.mine();
    }
    return duties;
  }
}
