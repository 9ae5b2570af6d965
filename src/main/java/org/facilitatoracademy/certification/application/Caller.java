package org.facilitatoracademy.certification.application;

import java.util.List;
import org.facilitatoracademy.identity.application.AccountView;

/** The signed-in person as certification's rules see them: who, where, in which roles. */
record Caller(String id, String region, List<String> roles) {

  static Caller of(AccountView account) {
    return new Caller(account.id(), account.region(), account.roles());
  }

  boolean isAdmin() {
    return roles.contains("ADMIN");
  }

  boolean isMentor() {
    return roles.contains("MENTOR");
  }

  boolean isCoordinator() {
    return roles.contains("COORDINATOR");
  }

  /** Coordinators act in their own region only. */
  boolean coordinates(String otherRegion) {
    return isCoordinator() && region.equals(otherRegion);
  }

  /** The region a coordinator's lists are limited to; null (every region) for administrators. */
  String scope() {
    return isCoordinator() ? region : null;
  }
}
