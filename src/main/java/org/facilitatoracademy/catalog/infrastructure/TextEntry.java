package org.facilitatoracademy.catalog.infrastructure;

/** One text of a YAML list, with where it stands: {@code key} such as {@code items[2]}. */
record TextEntry(String text, String key, int line) {}
