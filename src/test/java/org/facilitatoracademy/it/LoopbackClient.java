package org.facilitatoracademy.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.0 GETs to the test server from a chosen loopback address (127.x.y.z), so a test can
 * act as a client of its own: the verification rate limit counts per client address, and every
 * other test talks from 127.0.0.1. HTTP/1.0 keeps the answer unchunked and byte-exact.
 */
public final class LoopbackClient {

  private final TestServer server;
  private final InetAddress local;

  private LoopbackClient(TestServer server, InetAddress local) {
    this.server = server;
    this.local = local;
  }

  /** A client at 127.a.b.c; use an address no other test uses. */
  public static LoopbackClient from(TestServer server, String loopbackAddress) {
    try {
      InetAddress address = InetAddress.getByName(loopbackAddress);
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException(loopbackAddress + " is not a loopback address");
      }
      return new LoopbackClient(server, address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One answer: status, headers (names in lower case) and the body exactly as sent. */
  public record Reply(int status, Map<String, String> headers, byte[] bytes) {
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public Reply get(String path) {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port(), local, 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.0\r\nHost: localhost:" + server.port() + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply parse(byte[] raw) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IllegalStateException("No HTTP header in: " + new String(raw));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(raw, end + 4, raw.length - end - 4);
    return new Reply(status, headers, body.toByteArray());
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
