package org.facilitatoracademy.verification.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A fixed-length string of bits as the W3C Bitstring Status List defines it: index 0 is the
 * left-most bit, that is the most significant bit of the first byte.
 */
public final class Bitstring {

  private final byte[] bytes;

  private Bitstring(byte[] bytes) {
    this.bytes = bytes;
  }

  /** All bits clear; {@code size} must be a multiple of 8. */
  public static Bitstring ofSize(int size) {
    if (size <= 0 || size % 8 != 0) {
      throw new IllegalArgumentException("A bitstring holds a positive multiple of 8 bits");
    }
    return new Bitstring(new byte[size / 8]);
  }

  public static Bitstring of(byte[] bytes) {
    return new Bitstring(bytes.clone());
  }

  public int size() {
    return bytes.length * 8;
  }

  public boolean get(int index) {
    check(index);
    return (bytes[index / 8] & mask(index)) != 0;
  }

  public void set(int index, boolean on) {
    check(index);
    if (on) {
      bytes[index / 8] |= mask(index);
    } else {
      bytes[index / 8] &= (byte) ~mask(index);
    }
  }

  /** The first clear bit at or after {@code from}, wrapping round; -1 when every bit is set. */
  public int nextClear(int from) {
    for (int i = 0; i < size(); i++) {
      int index = (from + i) % size();
      if (!get(index)) {
        return index;
      }
    }
    return -1;
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  /**
   * The {@code encodedList} of a status list: multibase base64url (prefix {@code u}, no padding) of
   * the GZIP-compressed bits.
   */
  public String encoded() {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
  }

  private void check(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
  }

  private static byte mask(int index) {
    return (byte) (0x80 >>> (index % 8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bitstring b && Arrays.equals(b.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
