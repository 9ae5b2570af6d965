package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.facilitatoracademy.platform.startup.DemoAccountsReady;

/** Adds certification's demo records once the demo accounts exist. */
@ApplicationScoped
public class DemoCertificationSeeder {

  @Inject private DemoCertification demo;

  void seed(@Observes DemoAccountsReady ready) {
    demo.seed();
  }
}
