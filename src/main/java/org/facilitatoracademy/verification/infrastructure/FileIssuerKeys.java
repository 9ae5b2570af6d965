package org.facilitatoracademy.verification.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.verification.domain.IssuerKeys;

/**
 * The issuer's RSA key pairs, one JWK file each in the key directory (readable by the server's user
 * only). The first start generates one; a rotation adds a newer one, which signs from then on,
 * while every older public key stays in the JWK Set so earlier credentials still verify. The
 * directory is read again whenever its list of files changes, so nodes sharing it agree on the
 * newest key. A private key is never logged: the log names a key only by its thumbprint.
 *
 * <p>A key's {@code kid} is {@code /api/v1/issuer-keys/<RFC 7638 thumbprint>}, a URL that answers
 * that one public JWK, as Open Badges 3.0 asks (a key set would not do for 1EdTech's validator).
 */
@ApplicationScoped
public class FileIssuerKeys implements IssuerKeys {

  private static final Logger LOG = Logger.getLogger(FileIssuerKeys.class.getName());
  private static final String SUFFIX = ".jwk.json";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final int KEY_BITS = 2048;

  @Inject private IssuerKeyDirectory directory;
  @Inject private BaseUrl baseUrl;
  @Inject private Clock clock;

  private final Map<Path, RSAKey> parsed = new ConcurrentHashMap<>();

  /** Makes sure a key exists as soon as the application starts, not on the first request. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (keys().isEmpty()) {
      generate();
    }
  }

  @Override
  public String sign(JsonObject payload) {
    RSAKey key = current();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid(key)).build();
    JWSObject jws = new JWSObject(header, new Payload(payload.toString()));
    try {
      jws.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing with the issuer key failed", e);
    }
    return jws.serialize();
  }

  @Override
  public String publicKeySet() {
    List<JWK> published = new ArrayList<>();
    for (RSAKey key : keys()) {
      published.add(published(key));
    }
    return JSONObjectUtils.toJSONString(new JWKSet(published).toJSONObject(true));
  }

  @Override
  public Optional<String> publicKey(String thumbprint) {
    return keys().stream()
        .filter(key -> key.getKeyID().equals(thumbprint))
        .findFirst()
        .map(key -> JSONObjectUtils.toJSONString(published(key).toJSONObject()));
  }

  @Override
  public synchronized String rotate() {
    return kid(generate());
  }

  private RSAKey current() {
    List<RSAKey> keys = keys();
    if (keys.isEmpty()) {
      return generate();
    }
    return keys.get(0);
  }

  /** Every key in the directory, newest first (file names start with the creation time). */
  private List<RSAKey> keys() {
    return directory.keyFiles(SUFFIX).stream()
        .map(f -> parsed.computeIfAbsent(f, FileIssuerKeys::read))
        .toList();
  }

  private static RSAKey read(Path file) {
    try {
      return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the issuer key " + file.getFileName(), e);
    } catch (ParseException e) {
      throw new IllegalStateException("The issuer key " + file.getFileName() + " is not a JWK");
    }
  }

  private synchronized RSAKey generate() {
    Path dir = directory.path();
    try {
      directory.create();
      RSAKey key = new RSAKeyGenerator(KEY_BITS).keyIDFromThumbprint(true).generate();
      String name =
          FILE_TIME.format(clock.instant())
              + "-"
              + key.getKeyID().substring(0, 12).replaceAll("[^A-Za-z0-9_-]", "_")
              + SUFFIX;
      Path temporary = Files.createTempFile(dir, "new-key", ".tmp");
      IssuerKeyDirectory.restrictToOwner(temporary, "rw-------");
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      Path target = dir.resolve(name);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target);
      }
      parsed.put(target, key);
      LOG.info(() -> "Generated issuer signing key " + key.getKeyID() + " in " + dir);
      return key;
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("Two issuer keys were generated in the same millisecond", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the issuer key to "
              + dir
              + " (set ACADEMY_DATA_DIR or ACADEMY_ISSUER_KEY_DIR to a writable directory)",
          e);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key pair", e);
    }
  }

  private RSAKey published(RSAKey key) {
    return new RSAKey.Builder(key.toPublicJWK())
        .keyID(kid(key))
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }

  /** The address that answers this key alone (Open Badges: a {@code kid} that dereferences). */
  private String kid(RSAKey key) {
    return baseUrl.link("/api/v1/issuer-keys/" + key.getKeyID());
  }
}
