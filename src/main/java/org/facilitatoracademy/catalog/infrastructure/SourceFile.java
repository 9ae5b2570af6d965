package org.facilitatoracademy.catalog.infrastructure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes and text of one content file. Files over {@link #MAX_BYTES} are refused before they are
 * read: content is hand-written text, and a huge file is a mistake or an attack on the server's
 * memory.
 */
record SourceFile(String path, byte[] bytes, String text) {

  static final long MAX_BYTES = 1024 * 1024;

  static Optional<SourceFile> read(Path contentDir, Path file, FileCheck check) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        check.problem(
            String.format(
                "The file is %.1f MB; a content file may be at most 1 MB. Split it into smaller"
                    + " files.",
                size / (1024.0 * 1024.0)));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(bytes, check)
          .map(text -> new SourceFile(ContentPaths.relative(contentDir, file), bytes, text));
    } catch (IOException e) {
      check.problem("The file cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<String> decode(byte[] bytes, FileCheck check) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // Some editors start UTF-8 files with a byte order mark; it is not part of the text.
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      check.problem("The file is not saved as UTF-8 text; save it again with UTF-8 encoding.");
      return Optional.empty();
    }
  }
}
