package org.facilitatoracademy.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) that the test server sends its mail to. */
public final class Mailbox {

  private static Mailbox shared;

  private final GreenMail greenMail;
  private final int port;

  private Mailbox(int port) {
    this.port = port;
    this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  public static synchronized Mailbox shared() {
    if (shared == null) {
      shared = new Mailbox(TestServer.freePort());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.greenMail.stop()));
    }
    return shared;
  }

  public int port() {
    return port;
  }

  /** Waits for a message to this address whose subject contains the text; returns its body. */
  public String awaitMessage(String recipient, String subjectContains) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> find(recipient, subjectContains), Optional::isPresent)
        .orElseThrow();
  }

  public long count(String recipient, String subjectContains) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> matches(m, recipient, subjectContains))
        .count();
  }

  private Optional<String> find(String recipient, String subjectContains) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> matches(m, recipient, subjectContains))
        .reduce((first, second) -> second)
        .map(GreenMailUtil::getBody)
        .map(body -> body.replace("=\r\n", "").replace("=3D", "="));
  }

  private static boolean matches(MimeMessage message, String recipient, String subjectContains) {
    try {
      return message.getSubject().contains(subjectContains)
          && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }

  /** The first link in a mail body. */
  public static String link(String body) {
    Matcher m = Pattern.compile("https?://\\S+").matcher(body);
    if (!m.find()) {
      throw new AssertionError("No link in mail: " + body);
    }
    return m.group();
  }
}
