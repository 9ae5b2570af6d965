package org.facilitatoracademy.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.audit.domain.AuditEvent;

/** The audit log with the state of its hash chain. */
@Named
@ViewScoped
public class AdminAuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuditLog audit;

  private List<AuditEvent> events;
  private Long firstBreak;

  @PostConstruct
  void load() {
    events =
        new ArrayList<>(audit.between(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), 1000));
    java.util.Collections.reverse(events);
    firstBreak = audit.firstBreak().orElse(null);
  }

  public List<AuditEvent> getEvents() {
    return events;
  }

  public boolean isIntact() {
    return firstBreak == null;
  }

  public Long getFirstBreak() {
    return firstBreak;
  }
}
