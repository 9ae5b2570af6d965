package org.facilitatoracademy.catalog.infrastructure;

/** The rule that an item's id is its file (or folder) name, so authors find files by id. */
final class Naming {

  private Naming() {}

  /** The id a file name promises: {@code x} for {@code x.quiz.yaml}. */
  static String idFromFileName(String fileName, String suffix) {
    return fileName.endsWith(suffix)
        ? fileName.substring(0, fileName.length() - suffix.length())
        : fileName;
  }

  static void requireIdMatchesFile(YamlMap map, String id, String fileId, String expectedFile) {
    if (!id.isEmpty() && !id.equals(fileId)) {
      map.problem(
          "id",
          String.format(
              "The id '%s' does not match the file name: the file must be called %s, or the id"
                  + " must be '%s'.",
              id, expectedFile.replace("<id>", id), fileId));
    }
  }
}
