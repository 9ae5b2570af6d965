package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.facilitatoracademy.facilitation.application.MeetingListings;

/**
 * The meetings card of the home page: what the person serves. What a coordinator's region lacks is
 * in their workspace, above it.
 */
@Named
@RequestScoped
public class MeetingsSummaryBacking {

  @Inject private MeetingListings listings;

  private Integer myDuties;

  public int getMyDuties() {
    if (myDuties == null) {
      myDuties = listings.mine().size();
    }
    return myDuties;
  }
}
