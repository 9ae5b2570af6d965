package org.facilitatoracademy.coordination.application;

import java.util.List;

/**
 * A table a coordinator takes away: its file name, header and rows, every cell already text. It
 * never holds a status reason or anything about a person's recovery.
 */
public record Export(String fileName, List<String> header, List<List<String>> rows) {}
