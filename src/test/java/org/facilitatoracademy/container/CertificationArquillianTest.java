package org.facilitatoracademy.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.facilitatoracademy.certification.application.CertificateStatusChanged;
import org.facilitatoracademy.certification.application.Credentials;
import org.facilitatoracademy.certification.application.ExpirySweep;
import org.facilitatoracademy.certification.application.HeldCredential;
import org.facilitatoracademy.certification.application.PublicCertificate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.notification.application.MailSettings;
import org.facilitatoracademy.verification.DataIntegrityCheck;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certification inside a real Payara Micro with a clock the test moves and a real SMTP server
 * (GreenMail, running in the container's JVM) receiving the outbox's mail. Course completion is
 * seeded the way the catalog and grading record it; everything a person does goes through the REST
 * API.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationArquillianTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String DEMO_PASSWORD = "demo-password-1";
  private static GreenMail smtp;

  @Deployment
  static WebArchive deployment() throws IOException {
    String config =
        Files.readString(Path.of("target/classes/META-INF/microprofile-config.properties"))
            + "\nacademy.mail.host=127.0.0.1\nacademy.mail.port="
            + freePort()
            + "\nacademy.mail.poll-seconds=1\n";
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/facilitator-academy.war"));
    war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
    return war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
        .addClasses(
            CertificationArquillianTest.class,
            AdjustableClock.class,
            CourseCompletion.class,
            CertificateEventLog.class,
            RestCalls.class,
            PageSession.class,
            DataIntegrityCheck.class,
            DataIntegrityCheck.WalletKey.class)
        .addAsLibraries(
            jarOf(GreenMail.class),
            jarOf(org.slf4j.LoggerFactory.class),
            jarOf(org.awaitility.Awaitility.class),
            jarOf(org.hamcrest.Matcher.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Inject private AdjustableClock clock;
  @Inject private MailSettings mailSettings;
  @ArquillianResource private URL deployed;
  @Inject private CertificateEventLog events;
  @EJB private CourseCompletion completion;
  @EJB private ExpirySweep sweep;
  @EJB private Credentials credentials;

  private RestCalls admin;

  @BeforeEach
  void startMailServer() {
    synchronized (CertificationArquillianTest.class) {
      if (smtp == null) {
        smtp = new GreenMail(new ServerSetup(mailSettings.port(), "127.0.0.1", "smtp"));
        smtp.start();
      }
    }
    admin = as("admin@demo.academy", DEMO_PASSWORD);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private PageSession pages(String email, String password) {
    String base = deployed.toString();
    return PageSession.signIn(
        base.endsWith("/") ? base.substring(0, base.length() - 1) : base, email, password);
  }

  private RestCalls as(String email, String password) {
    String base = deployed.toString();
    return new RestCalls(
        base.endsWith("/") ? base.substring(0, base.length() - 1) : base, email, password);
  }

  /** Opens an account through the admin API; returns its id. */
  private String account(String email, String region, String roles) {
    return account(email, "Arq A.", region, roles);
  }

  private String account(String email, String displayName, String region, String roles) {
    RestCalls.Reply created =
        admin.post(
            "/admin/accounts",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"displayName\":\""
                + displayName
                + "\",\"region\":\""
                + region
                + "\",\"roles\":["
                + roles
                + "]}");
    assertEquals(201, created.status(), created.body());
    return created.text("id");
  }

  private static String email(String prefix) {
    return prefix + "-" + System.nanoTime() + "@example.org";
  }

  private String idOf(RestCalls who) {
    return who.get("/me").text("id");
  }

  private long mails(String recipient, String subjectContains) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> addressedTo(m, recipient) && subject(m).contains(subjectContains))
        .count();
  }

  private void awaitMails(String recipient, String subjectContains, long count) {
    await().atMost(Duration.ofSeconds(30)).until(() -> mails(recipient, subjectContains) >= count);
    assertEquals(count, mails(recipient, subjectContains), subjectContains);
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  private void moveTo(LocalDate day) {
    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
  }

  private void signPracticum(RestCalls signer, String traineeId, String body) {
    RestCalls.Reply signed = signer.post("/practicum/" + traineeId + "/entries", body);
    assertEquals(201, signed.status(), signed.body());
  }

  @Test
  void
      aCompletedTraineeIsCertifiedByExactlyOneOfTwoCoordinatorsDecidingAtOnceAndNeverAcrossRegions()
          throws Exception {
    String traineeEmail = email("applicant");
    String traineeName = "Applicant " + System.nanoTime() % 100000;
    String traineeId = account(traineeEmail, traineeName, "north-west", "");
    RestCalls trainee = as(traineeEmail, PASSWORD);
    RestCalls mentor = as("mentor@demo.academy", DEMO_PASSWORD);
    RestCalls coordinator = as("coordinator@demo.academy", DEMO_PASSWORD);
    RestCalls scotland = as("coordinator.scotland@demo.academy", DEMO_PASSWORD);
    String secondEmail = email("second-coordinator");
    account(secondEmail, "north-west", "\"COORDINATOR\"");
    RestCalls second = as(secondEmail, PASSWORD);
    String today = LocalDate.now(clock).toString();

    completion.complete(traineeId, "facilitator");
    trainee.post("/me/agreements", "{\"agreement\":\"code-of-conduct\"}");
    trainee.post("/me/agreements", "{\"agreement\":\"confidentiality\"}");
    String checklist =
        "{\"openingStatement\":true,\"timekeeping\":true,\"toolUse\":true,"
            + "\"handlingAdviceGiving\":true,\"confidentialityReminder\":true,\"checkOut\":true}";
    signPracticum(
        mentor,
        traineeId,
        "{\"kind\":\"OBSERVED_MEETING\",\"date\":\""
            + today
            + "\",\"leaderAccountId\":\""
            + idOf(mentor)
            + "\"}");
    signPracticum(
        mentor,
        traineeId,
        "{\"kind\":\"OBSERVED_MEETING\",\"date\":\""
            + today
            + "\",\"leaderAccountId\":\""
            + idOf(coordinator)
            + "\"}");
    signPracticum(mentor, traineeId, "{\"kind\":\"ROLE_PLAY\",\"date\":\"" + today + "\"}");
    for (int i = 0; i < 2; i++) {
      signPracticum(
          coordinator,
          traineeId,
          "{\"kind\":\"CO_FACILITATED\",\"date\":\""
              + today
              + "\",\"checklist\":"
              + checklist
              + "}");
    }
    JsonObject requirements =
        trainee
            .get("/me/certification/requirements?credential=FACILITATOR")
            .json()
            .asJsonArray()
            .getJsonObject(0);
    assertTrue(requirements.getBoolean("met"), requirements.toString());

    RestCalls.Reply applied =
        trainee.post("/certification/applications", "{\"credential\":\"FACILITATOR\"}");
    assertEquals(201, applied.status(), applied.body());
    assertEquals("PENDING", applied.text("status"));
    String application = applied.text("id");

    assertEquals(404, scotland.get("/certification/applications/" + application).status());
    assertEquals(
        404, scotland.get("/coordinator/applications/" + application + "/record").status());
    assertFalse(
        scotland.get("/coordinator/applications?status=PENDING").body().contains(application));
    assertEquals(
        404,
        scotland
            .post(
                "/coordinator/applications/" + application + "/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"\"}")
            .status());
    assertTrue(
        coordinator.get("/coordinator/applications?status=PENDING").body().contains(application));
    JsonObject record =
        coordinator
            .get("/coordinator/applications/" + application + "/record")
            .json()
            .asJsonObject();
    assertFalse(record.getJsonArray("quizzes").isEmpty());
    assertTrue(record.getJsonObject("requirements").getJsonArray("items").size() > 5);

    List<Integer> statuses = decideAtOnce(application, coordinator, second);

    assertEquals(List.of(200, 409), statuses);
    JsonObject certificate = trainee.get("/me/certificates").json().asJsonArray().getJsonObject(0);
    assertEquals("ACTIVE", certificate.getString("status"));
    assertEquals(
        LocalDate.now(clock).plusMonths(24).toString(), certificate.getString("expiresOn"));
    assertNotNull(certificate.getString("courseContentVersion"));
    assertNotNull(certificate.getString("examContentVersion"));
    assertEquals(
        "APPROVED", trainee.get("/certification/applications/" + application).text("status"));
    awaitMails(traineeEmail, "application is approved", 1);

    List<HeldCredential> held = credentials.heldBy(traineeId);
    assertEquals(1, held.size());
    assertTrue(held.get(0).mayBeAssigned());
    assertEquals(1, events.issuedTo(traineeId).size());
    PublicCertificate verified =
        credentials.lookUp(certificate.getString("code").toLowerCase()).orElseThrow();
    assertEquals(CertificateStatus.ACTIVE, verified.status());
    assertEquals(traineeName, verified.displayName());

    RestCalls.Reply again =
        trainee.post("/certification/applications", "{\"credential\":\"FACILITATOR\"}");
    assertEquals(409, again.status());
  }

  /** Two coordinators press "approve" at the same moment. */
  private static List<Integer> decideAtOnce(String application, RestCalls... coordinators)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(coordinators.length);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<RestCalls.Reply>> replies = new ArrayList<>();
    for (RestCalls coordinator : coordinators) {
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return coordinator.post(
                    "/coordinator/applications/" + application + "/decision",
                    "{\"decision\":\"APPROVE\",\"comment\":\"Welcome aboard\"}");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<RestCalls.Reply> reply : replies) {
      RestCalls.Reply r = reply.get();
      statuses.add(r.status());
      if (r.status() == 409) {
        assertEquals("already-decided", r.text("error"));
      }
    }
    pool.shutdown();
    statuses.sort(Integer::compare);
    return statuses;
  }

  /** Imports a certificate for a new holder through the admin API; returns its id. */
  private String importedCertificate(String holderEmail, LocalDate issuedOn, LocalDate expiresOn) {
    account(holderEmail, "north-west", "");
    RestCalls.Reply report =
        admin.postCsv(
            "/admin/certificates/import",
            holderEmail + ",Held H.,north-west,FACILITATOR," + issuedOn + "," + expiresOn + "\n");
    assertEquals(1, report.json().asJsonObject().getInt("imported"), report.body());
    return as(holderEmail, PASSWORD)
        .get("/me/certificates")
        .json()
        .asJsonArray()
        .getJsonObject(0)
        .getString("id");
  }

  @Test
  void remindersGoOutOnTheirDaysOnceEachAndTheCertificateLapsesAfterTheGracePeriod() {
    LocalDate today = LocalDate.now(clock);
    LocalDate expiry = today.plusDays(100);
    String holder = email("reminded");
    String id = importedCertificate(holder, today.minusYears(1), expiry);
    String holderId = idOf(as(holder, PASSWORD));
    String reminder = "certificate expires in";

    moveTo(expiry.minusDays(91));
    sweep.run();
    moveTo(expiry.minusDays(90));
    sweep.run();
    sweep.run();
    awaitMails(holder, "expires in 90 days", 1);
    assertFalse(sweep.remind(id), "the 90-day reminder is claimed once");

    moveTo(expiry.minusDays(89));
    sweep.run();
    moveTo(expiry.minusDays(60));
    sweep.run();
    awaitMails(holder, "expires in 60 days", 1);
    assertEquals(2, mails(holder, reminder), "nothing between 90 and 60 days");

    moveTo(expiry.minusDays(30));
    sweep.run();
    awaitMails(holder, "expires in 30 days", 1);
    moveTo(expiry.minusDays(8));
    sweep.run();
    moveTo(expiry.minusDays(7));
    sweep.run();
    awaitMails(holder, "expires in 7 days", 1);
    assertEquals(4, mails(holder, reminder));

    moveTo(expiry);
    sweep.run();
    awaitMails(holder, "certificate has expired", 1);
    HeldCredential expired = credentials.heldBy(holderId).get(0);
    assertEquals(CertificateStatus.EXPIRED, expired.status());
    assertTrue(expired.mayLead(), "the grace period keeps current meetings");
    assertFalse(expired.mayBeAssigned());
    List<CertificateStatusChanged> changes = events.changesOf(id);
    assertEquals(CertificateStatus.ACTIVE, changes.get(0).previousStatus());
    assertEquals(CertificateStatus.EXPIRED, changes.get(0).status());

    moveTo(expiry.plusDays(29));
    sweep.run();
    assertTrue(credentials.heldBy(holderId).get(0).mayLead(), "still within the grace period");
    moveTo(expiry.plusDays(30));
    sweep.run();
    awaitMails(holder, "certificate has lapsed", 1);
    assertFalse(credentials.heldBy(holderId).get(0).mayLead());
    CertificateStatusChanged lapse = events.changesOf(id).get(events.changesOf(id).size() - 1);
    assertFalse(lapse.mayLead());
    assertEquals(CertificateStatus.EXPIRED, lapse.status());
    assertEquals(4, mails(holder, reminder), "no reminder after expiry");
  }

  @Test
  void renewalNeedsTheRefresherPassedInThisPeriodTheAttestationAndAgreementsAccepted() {
    LocalDate today = LocalDate.now(clock);
    String holder = email("renewing");
    String id = importedCertificate(holder, today.minusMonths(23), today.plusDays(60));
    RestCalls me = as(holder, PASSWORD);

    RestCalls.Reply refused = me.post("/certificates/" + id + "/renewal", "{}");
    assertEquals(422, refused.status());
    assertEquals(
        "[\"refresher:renewal-refresher\",\"activity-attestation\",\"agreement:code-of-conduct\","
            + "\"agreement:confidentiality\"]",
        refused.json().asJsonObject().getJsonArray("unmet").toString());

    completion.complete(idOf(me), "renewal-refresher");
    acceptAgreements(me);
    RestCalls.Reply renewed =
        me.post("/certificates/" + id + "/renewal", "{\"activityAttested\":true}");

    assertEquals(200, renewed.status(), renewed.body());
    assertEquals(today.plusDays(60).plusMonths(24).toString(), renewed.text("expiresOn"));
    awaitMails(holder, "certificate is renewed", 1);
    CertificateStatusChanged change = events.changesOf(id).get(events.changesOf(id).size() - 1);
    assertEquals(today.plusDays(60).plusMonths(24), change.expiresOn());
  }

  @Test
  void aSecondRenewalNeedsTheRefresherTakenAgainInTheNewPeriod() {
    LocalDate today = LocalDate.now(clock);
    String holder = email("renewing-twice");
    String id = importedCertificate(holder, today.minusMonths(23), today.plusDays(60));
    RestCalls me = as(holder, PASSWORD);
    String renewal = "/certificates/" + id + "/renewal";
    String attested = "{\"activityAttested\":true}";
    completion.complete(idOf(me), "renewal-refresher");
    acceptAgreements(me);
    assertEquals(200, me.post(renewal, attested).status());
    LocalDate firstExpiry = today.plusDays(60).plusMonths(24);

    moveTo(firstExpiry.minusDays(30));
    acceptAgreements(me);
    RestCalls.Reply refused = me.post(renewal, attested);
    assertEquals(422, refused.status(), refused.body());
    assertEquals(
        "[\"refresher:renewal-refresher\"]",
        refused.json().asJsonObject().getJsonArray("unmet").toString(),
        "the refresher passed the same day as the first renewal does not serve the second");

    assertEquals(201, me.post("/courses/renewal-refresher/rounds", "{}").status());
    completion.complete(idOf(me), "renewal-refresher");
    RestCalls.Reply renewed = me.post(renewal, attested);

    assertEquals(200, renewed.status(), renewed.body());
    assertEquals(firstExpiry.plusMonths(24).toString(), renewed.text("expiresOn"));
    assertEquals("ACTIVE", renewed.text("status"));
  }

  private static void acceptAgreements(RestCalls me) {
    me.post("/me/agreements", "{\"agreement\":\"code-of-conduct\"}");
    me.post("/me/agreements", "{\"agreement\":\"confidentiality\"}");
  }

  @Test
  void anExpiredCertificateRenewedWithinTheGraceIsActiveAgain() {
    LocalDate today = LocalDate.now(clock);
    String holder = email("grace-renewal");
    String id = importedCertificate(holder, today.minusMonths(24), today.plusDays(5));
    RestCalls me = as(holder, PASSWORD);
    completion.complete(idOf(me), "renewal-refresher");

    moveTo(today.plusDays(15));
    sweep.run();
    assertEquals("EXPIRED", me.get("/certificates/" + id).text("status"));
    acceptAgreements(me);
    RestCalls.Reply renewed =
        me.post("/certificates/" + id + "/renewal", "{\"activityAttested\":true}");

    assertEquals(200, renewed.status(), renewed.body());
    assertEquals("ACTIVE", renewed.text("status"));
    assertTrue(credentials.heldBy(idOf(me)).get(0).mayBeAssigned());
  }

  private void setStatus(RestCalls coordinator, String certificateId, String status) {
    RestCalls.Reply changed =
        coordinator.post(
            "/coordinator/certificates/" + certificateId + "/status",
            "{\"status\":\"" + status + "\",\"reason\":\"Set by a test\"}");
    assertEquals(200, changed.status(), changed.body());
  }

  private static String statusOn(RestCalls who, String code, LocalDate day) {
    RestCalls.Reply reply = who.get("/verifications/" + code + "?on=" + day);
    assertEquals(200, reply.status(), reply.body());
    return reply.text("statusOn");
  }

  @Test
  void aWalletOfferExpiresUnusedAndAPastDayReadsTheStatusTheCertificateHadThen() {
    LocalDate start = LocalDate.now(clock);
    String holder = email("wallet-history");
    String id = importedCertificate(holder, start.minusMonths(6), start.plusMonths(18));
    RestCalls me = as(holder, PASSWORD);
    RestCalls coordinator = as("coordinator@demo.academy", DEMO_PASSWORD);
    String code =
        me.get("/me/certificates").json().asJsonArray().getJsonObject(0).getString("code");

    RestCalls.Reply offer = me.post("/me/certificates/" + id + "/wallet-offers", "{}");
    assertEquals(201, offer.status(), offer.body());
    String exchange = offer.text("exchangeUrl");
    String exchangePath = exchange.substring(exchange.indexOf("/api/v1") + "/api/v1".length());
    String link = offer.text("offerUrl");
    String challenge =
        java.net.URLDecoder.decode(
            link.replaceAll(".*[?&]challenge=([^&]*).*", "$1"),
            java.nio.charset.StandardCharsets.UTF_8);
    clock.advance(Duration.ofMinutes(11));
    DataIntegrityCheck.WalletKey wallet = DataIntegrityCheck.WalletKey.generate();
    RestCalls.Reply late =
        me.post(
            exchangePath,
            "{\"verifiablePresentation\":"
                + wallet.presentation(challenge, null, false, wallet)
                + "}");
    assertEquals(409, late.status(), late.body());
    assertEquals("offer-expired", late.text("error"));
    assertTrue(late.body().indexOf("verifiableCredential") < 0, late.body());

    moveTo(start.plusDays(10));
    setStatus(coordinator, id, "SUSPENDED");
    moveTo(start.plusDays(20));
    setStatus(coordinator, id, "ACTIVE");
    moveTo(start.plusDays(30));
    setStatus(coordinator, id, "REVOKED");
    moveTo(start.plusDays(40));

    assertEquals("NOT_ISSUED", statusOn(me, code, start.minusMonths(7)));
    assertEquals("ACTIVE", statusOn(me, code, start.minusMonths(3)));
    assertEquals("ACTIVE", statusOn(me, code, start.plusDays(5)));
    RestCalls.Reply suspensionDay = me.get("/verifications/" + code + "?on=" + start.plusDays(10));
    assertEquals("INACTIVE", suspensionDay.text("statusOn"));
    assertTrue(suspensionDay.json().asJsonObject().getBoolean("changedThatDay"));
    assertEquals("INACTIVE", statusOn(me, code, start.plusDays(15)));
    assertEquals("ACTIVE", statusOn(me, code, start.plusDays(25)));
    assertEquals("REVOKED", statusOn(me, code, start.plusDays(35)));
    assertEquals("REVOKED", me.get("/verifications/" + code).text("status"));
  }
}
