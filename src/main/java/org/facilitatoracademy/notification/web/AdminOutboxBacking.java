package org.facilitatoracademy.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.notification.application.Outbox;
import org.facilitatoracademy.notification.domain.OutboxMessage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The mail outbox, for administrators (the only way to read mail without an SMTP server). */
@Named
@ViewScoped
public class AdminOutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Outbox outbox;

  private final LazyDataModel<OutboxMessage> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) outbox.count();
        }

        @Override
        public List<OutboxMessage> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return outbox.recent(first, pageSize);
        }

        @Override
        public String getRowKey(OutboxMessage message) {
          return String.valueOf(message.id());
        }
      };

  public LazyDataModel<OutboxMessage> getModel() {
    return model;
  }
}
