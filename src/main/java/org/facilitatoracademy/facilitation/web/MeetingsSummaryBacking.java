package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.MeetingRegistry;

/** The meetings card of the home page: what the person serves, and what their region lacks. */
@Named
@RequestScoped
public class MeetingsSummaryBacking {

  @Inject private MeetingListings listings;
  @Inject private MeetingRegistry registry;

  private Integer myDuties;
  private Integer regionNeedingLeader;

  public int getMyDuties() {
    if (myDuties == null) {
      myDuties = listings.mine().size();
    }
    return myDuties;
  }

  /** Only for coordinators: the page renders it for them alone. */
  public int getRegionNeedingLeader() {
    if (regionNeedingLeader == null) {
      regionNeedingLeader =
          FacesContext.getCurrentInstance().getExternalContext().isUserInRole("COORDINATOR")
              ? registry.ofMyRegion(true).size()
              : 0;
    }
    return regionNeedingLeader;
  }
}
