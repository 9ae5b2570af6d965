package org.facilitatoracademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administrators list accounts (paged, filtered in the database), create them and set roles. */
@Named
@ViewScoped
public class AdminAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AccountService accounts;
  @Inject private transient PageMessages messages;

  private String filter;
  private AccountView selected;
  private List<String> selectedRoles = new ArrayList<>();

  private String email;
  private String displayName;
  private String region;
  private String password;
  private List<String> newRoles = new ArrayList<>();

  private final LazyDataModel<AccountView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) accounts.count(filter);
        }

        @Override
        public List<AccountView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return accounts.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AccountView account) {
          return account.id();
        }
      };

  public void edit(AccountView account) {
    selected = account;
    selectedRoles = new ArrayList<>(account.roles());
    selectedRoles.remove(Role.TRAINEE.name());
  }

  public void saveRoles() {
    try {
      AccountView changed = accounts.changeRoles(selected.id(), toRoles(selectedRoles));
      messages.info("admin.accounts.rolesSaved", changed.email(), changed.roles());
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public void create() {
    try {
      AccountView created =
          accounts.create(new NewAccount(email, password, displayName, region, toRoles(newRoles)));
      messages.info("admin.accounts.created", created.email());
      email = null;
      displayName = null;
      password = null;
      newRoles = new ArrayList<>();
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  private static Set<Role> toRoles(List<String> names) {
    return names.stream()
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** TRAINEE is implied for everyone, so it is not offered. */
  public List<String> getAssignableRoles() {
    return List.of(Role.MENTOR.name(), Role.COORDINATOR.name(), Role.ADMIN.name());
  }

  public List<Region> getRegions() {
    return accounts.regions();
  }

  public LazyDataModel<AccountView> getModel() {
    return model;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public AccountView getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }
}
