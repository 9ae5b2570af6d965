package org.facilitatoracademy.certification.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where certificates, their coordinator-only reasons and their expiry notices are kept. */
public interface CertificateRepository {

  Optional<Certificate> find(String publicId);

  /**
   * The certificate with its row locked until the transaction ends: two coordinators changing the
   * same certificate take turns, and the second sees the first one's change.
   */
  Optional<Certificate> findForUpdate(String publicId);

  Optional<Certificate> findByCode(String code);

  List<Certificate> ofHolder(String holderId);

  /** The certificates of each of these people, newest first, in one look-up. */
  List<Certificate> ofHolders(Collection<String> holderIds);

  /**
   * The certificates the search asks for: newest first, or soonest to expire first when it asks for
   * those expiring soon.
   */
  List<Certificate> search(CertificateSearch search, int first, int max);

  long count(CertificateSearch search);

  /** Stores a new certificate and gives it its number. */
  Certificate issue(Certificate certificate, String numberPrefix);

  /** ACTIVE certificates whose expiry date lies in [from, to]. */
  List<String> activeExpiringBetween(LocalDate from, LocalDate to);

  /** ACTIVE certificates whose expiry date is on or before the day. */
  List<String> activeExpiredBy(LocalDate day);

  /** EXPIRED certificates whose expiry date is on or before the day. */
  List<String> expiredBy(LocalDate day);

  void storeReason(StatusReason reason);

  List<StatusReason> reasonsOf(String certificateId);

  /**
   * Claims a notice. Returns false when it was already claimed (by this node earlier or by another
   * node): the caller then does nothing.
   */
  boolean claim(CertificateNotice notice);

  void markImported(ImportedAccount account);
}
