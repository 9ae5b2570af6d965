package org.facilitatoracademy.verification.infrastructure;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD contexts Data Integrity needs, read from the class path (copies and their sources in
 * {@code contexts/SOURCE.md}). A context not bundled is an error: fetching one at run time would
 * let whoever controls that address change what our signatures mean, and a slow host would stall
 * signing.
 */
public final class BundledContexts implements DocumentLoader {

  public static final BundledContexts INSTANCE = new BundledContexts();

  private static final String DIR = "/org/facilitatoracademy/verification/contexts/";

  private static final Map<String, String> FILES =
      Map.of(
          "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
          "https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld",
          "https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld",
          "https://w3id.org/security/multikey/v1", "multikey-v1.jsonld",
          "https://www.w3.org/ns/did/v1", "did-v1.jsonld",
          "https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-3.0.3.jsonld");

  private final Map<String, JsonDocument> loaded = new ConcurrentHashMap<>();

  private BundledContexts() {}

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String file = FILES.get(url.toString());
    if (file == null) {
      // Unchecked, so the processor does not wrap it and the reason reaches the caller as it is.
      throw new IllegalArgumentException(
          "The JSON-LD context "
              + url
              + " is not bundled with the application; it is never fetched");
    }
    return loaded.computeIfAbsent(file, f -> read(url, f));
  }

  private static JsonDocument read(URI url, String file) {
    try (InputStream in = BundledContexts.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("The bundled context " + file + " is missing");
      }
      JsonDocument document = JsonDocument.of(in);
      document.setDocumentUrl(url);
      return document;
    } catch (JsonLdError e) {
      throw new IllegalStateException("The bundled context " + file + " is not JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
