package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.certification.application.CertificateIssued;
import org.facilitatoracademy.platform.startup.DemoAccountsReady;

/**
 * Adds the demo meetings once the demo accounts exist. The demo mentor's certificate may be issued
 * before or after that (the order of start-up observers is not fixed), so the mentor is assigned on
 * whichever comes second.
 */
@ApplicationScoped
public class FacilitationDemoSeeder {

  @Inject private FacilitationDemo demo;

  @Inject
  @ConfigProperty(name = "academy.demo", defaultValue = "false")
  boolean demoEnabled;

  void seed(@Observes DemoAccountsReady ready) {
    demo.seedMeetings();
    demo.assignMentor();
  }

  void certificateIssued(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued issued) {
    if (demoEnabled) {
      demo.assignMentor();
    }
  }
}
