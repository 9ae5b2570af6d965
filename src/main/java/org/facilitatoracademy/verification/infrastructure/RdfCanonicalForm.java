package org.facilitatoracademy.verification.infrastructure;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A JSON-LD document as canonical N-Quads (RDF Dataset Canonicalization, RDFC-1.0): the form Data
 * Integrity hashes, so that two JSON texts meaning the same statements sign the same. Contexts come
 * only from {@link BundledContexts}.
 */
public final class RdfCanonicalForm {

  private RdfCanonicalForm() {}

  /** The canonical N-Quads of the document, lines sorted, each ending in a newline. */
  public static String of(JsonObject document) {
    RdfDataset dataset;
    try {
      dataset = JsonLd.toRdf(JsonDocument.of(document)).loader(BundledContexts.INSTANCE).get();
    } catch (JsonLdError e) {
      throw new IllegalArgumentException(
          "Not a JSON-LD document we can read: " + e.getMessage(), e);
    }
    Collection<RdfNQuad> canonical = RdfCanonicalizer.canonicalize(dataset.toList());
    List<String> lines = new ArrayList<>(canonical.size());
    for (RdfNQuad quad : canonical) {
      StringWriter line = new StringWriter();
      try {
        new NQuadsWriter(line).write(quad);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lines.add(line.toString());
    }
    lines.sort(null);
    return String.join("", lines);
  }
}
