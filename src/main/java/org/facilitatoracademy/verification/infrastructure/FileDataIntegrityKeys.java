package org.facilitatoracademy.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.facilitatoracademy.verification.domain.DataIntegrityKeys;
import org.facilitatoracademy.verification.domain.Multikey;

/**
 * The issuer's Ed25519 key pairs for Data Integrity proofs, one file each beside the RSA keys (an
 * OKP JWK with {@code x} and {@code d}, readable by the server's user only). Generated at first
 * start; a rotation adds a newer one. Like the RSA keys, the directory is read again when its files
 * change, so every node sharing it signs with the same newest key. A private key is never logged:
 * the log names a key by its public multibase form only.
 */
@ApplicationScoped
public class FileDataIntegrityKeys implements DataIntegrityKeys {

  private static final Logger LOG = Logger.getLogger(FileDataIntegrityKeys.class.getName());
  private static final String SUFFIX = ".ed25519.json";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  @Inject private IssuerKeyDirectory directory;
  @Inject private Clock clock;

  private final Map<Path, StoredKey> parsed = new ConcurrentHashMap<>();

  FileDataIntegrityKeys() {}

  FileDataIntegrityKeys(IssuerKeyDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /** One key pair as read from its file. */
  private record StoredKey(String publicKeyMultibase, PrivateKey privateKey) implements SigningKey {
    @Override
    public byte[] sign(byte[] data) {
      return Ed25519.sign(privateKey, data);
    }

    @Override
    public String toString() {
      return "Ed25519 key " + publicKeyMultibase;
    }
  }

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (keys().isEmpty()) {
      generate();
    }
  }

  @Override
  public SigningKey current() {
    List<StoredKey> keys = keys();
    return keys.isEmpty() ? generate() : keys.get(0);
  }

  @Override
  public List<String> publicKeys() {
    return keys().stream().map(StoredKey::publicKeyMultibase).toList();
  }

  @Override
  public synchronized String rotate() {
    return generate().publicKeyMultibase();
  }

  private List<StoredKey> keys() {
    return directory.keyFiles(SUFFIX).stream()
        .map(f -> parsed.computeIfAbsent(f, FileDataIntegrityKeys::read))
        .toList();
  }

  private static StoredKey read(Path file) {
    try (JsonReader reader =
        Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      JsonObject jwk = reader.readObject();
      if (!"OKP".equals(jwk.getString("kty", "")) || !"Ed25519".equals(jwk.getString("crv", ""))) {
        throw new IllegalStateException("The issuer key " + file.getFileName() + " is not Ed25519");
      }
      byte[] x = UNB64.decode(jwk.getString("x"));
      byte[] d = UNB64.decode(jwk.getString("d"));
      return new StoredKey(Multikey.ofEd25519(x), Ed25519.privateKey(d));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the issuer key " + file.getFileName(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The issuer key " + file.getFileName() + " is not an Ed25519 JWK", e);
    }
  }

  private synchronized StoredKey generate() {
    try {
      Path dir = directory.create();
      KeyPair pair = Ed25519.generate();
      byte[] x = Ed25519.rawPublic(pair.getPublic());
      String multibase = Multikey.ofEd25519(x);
      String jwk =
          Json.createObjectBuilder()
              .add("kty", "OKP")
              .add("crv", "Ed25519")
              .add("x", B64.encodeToString(x))
              .add("d", B64.encodeToString(Ed25519.rawPrivate(pair.getPrivate())))
              .build()
              .toString();
      String name =
          FILE_TIME.format(clock.instant())
              + "-"
              + multibase.substring(multibase.length() - 12)
              + SUFFIX;
      Path temporary = Files.createTempFile(dir, "new-key", ".tmp");
      IssuerKeyDirectory.restrictToOwner(temporary, "rw-------");
      Files.writeString(temporary, jwk, StandardCharsets.UTF_8);
      Path target = dir.resolve(name);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target);
      }
      StoredKey key = new StoredKey(multibase, pair.getPrivate());
      parsed.put(target, key);
      LOG.info(() -> "Generated issuer Data Integrity key " + multibase + " in " + dir);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the issuer key to "
              + directory.path()
              + " (set ACADEMY_DATA_DIR or ACADEMY_ISSUER_KEY_DIR to a writable directory)",
          e);
    }
  }
}
