package org.facilitatoracademy.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.platform.web.PageMessages;

/** Administrators reload course content and read what loaded and what is broken. */
@Named
@RequestScoped
public class ContentAdminBacking {

  @Inject private ContentCatalog content;
  @Inject private PageMessages messages;

  private ContentLoadResult result;

  public void reload() {
    result = content.reload();
    if (result.errors().isEmpty()) {
      messages.info("content.reloaded", result.loaded().size());
    } else {
      messages.error(
          null, "content.reloadedWithProblems", result.loaded().size(), result.errors().size());
    }
  }

  public ContentLoadResult getResult() {
    return result;
  }

  public ContentSnapshot getSnapshot() {
    return content.snapshot();
  }
}
