package org.facilitatoracademy.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short hashes of content. Order items and match sides have no authored id, yet attempts must refer
 * to them after shuffling; an id derived from the text stays the same across reloads for as long as
 * the text does. The same hash, longer, versions whole files.
 */
public final class StableId {

  private static final int ITEM_ID_HEX = 8;
  private static final int CONTENT_VERSION_HEX = 12;

  private StableId() {}

  /** An id for a piece of text, unique enough within one question. */
  public static String ofText(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, ITEM_ID_HEX);
  }

  /** The content version of source bytes: the first 12 hex digits of their SHA-256. */
  public static String contentVersion(byte[] source) {
    return sha256Hex(source).substring(0, CONTENT_VERSION_HEX);
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
