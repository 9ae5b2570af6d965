package org.facilitatoracademy.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * One published revocation list. Each certificate gets an index chosen at random among the free
 * ones, and the list is large, so the published bits say nothing about any one holder: not when
 * they were certified, not how many others were, not who was revoked.
 */
@Entity
@Table(name = "status_list")
public class StatusList {

  /** The smallest size the W3C recommends for herd privacy: 16 KB of bits. */
  public static final int MINIMUM_SIZE = 131_072;

  /** Random tries before falling back to the next free index after a random start. */
  private static final int RANDOM_TRIES = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_list_seq")
  @SequenceGenerator(name = "status_list_seq", sequenceName = "status_list_seq", allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "purpose", nullable = false, updatable = false)
  private String purpose;

  @Column(name = "size_bits", nullable = false, updatable = false)
  private int size;

  @Column(name = "bits", nullable = false)
  private byte[] bits;

  @Column(name = "taken", nullable = false)
  private byte[] taken;

  @Column(name = "taken_count", nullable = false)
  private int takenCount;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StatusList() {}

  /** A new, empty revocation list. */
  public static StatusList forRevocation(int size, Instant now) {
    if (size < MINIMUM_SIZE) {
      throw new IllegalArgumentException(
          "A status list needs at least " + MINIMUM_SIZE + " entries for privacy");
    }
    StatusList list = new StatusList();
    list.publicId = UUID.randomUUID().toString();
    list.purpose = "revocation";
    list.size = size;
    list.bits = Bitstring.ofSize(size).toBytes();
    list.taken = Bitstring.ofSize(size).toBytes();
    list.updatedAt = now;
    return list;
  }

  public boolean hasRoom() {
    return takenCount < size;
  }

  /** Hands out an index nobody holds, chosen at random. */
  public int assignIndex(RandomGenerator random) {
    if (!hasRoom()) {
      throw new IllegalStateException("Status list " + publicId + " is full");
    }
    Bitstring held = Bitstring.of(taken);
    int index = -1;
    for (int i = 0; i < RANDOM_TRIES && index < 0; i++) {
      int candidate = random.nextInt(size);
      if (!held.get(candidate)) {
        index = candidate;
      }
    }
    if (index < 0) {
      index = held.nextClear(random.nextInt(size));
    }
    held.set(index, true);
    taken = held.toBytes();
    takenCount++;
    return index;
  }

  /** Sets or clears the revocation bit of one entry; returns whether it changed. */
  public boolean mark(int index, boolean revoked, Instant now) {
    Bitstring current = Bitstring.of(bits);
    if (current.get(index) == revoked) {
      return false;
    }
    current.set(index, revoked);
    bits = current.toBytes();
    updatedAt = now;
    return true;
  }

  public boolean isMarked(int index) {
    return Bitstring.of(bits).get(index);
  }

  /** The list's {@code encodedList}. */
  public String encodedList() {
    return Bitstring.of(bits).encoded();
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String purpose() {
    return purpose;
  }

  public int size() {
    return size;
  }

  public int takenCount() {
    return takenCount;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
