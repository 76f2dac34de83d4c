/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.chancengeber.matcher.taxonomy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file with a header line: columns are found by name (case-insensitive, surrounding blanks
 * ignored), every record must have as many fields as the header, and errors name file, line and
 * column. Not thread-safe.
 */
final class CsvTable implements AutoCloseable {
  private final CsvReader reader;
  private final String[] header;
  private final Map<String, Integer> index = new HashMap<>();
  private String[] row;

  CsvTable(CsvReader reader) {
    this.reader = reader;
    this.header =
        reader
            .next()
            .orElseThrow(
                () -> new TaxonomyLoadException(reader.file(), 0, 0, "empty file, no header"));
    for (int i = 0; i < header.length; i++) {
      index.putIfAbsent(header[i].trim().toLowerCase(Locale.ROOT), i);
    }
  }

  String file() {
    return reader.file();
  }

  /** Index of a column that must be present. */
  int require(String name) {
    return column(name)
        .orElseThrow(
            () ->
                new TaxonomyLoadException(
                    reader.file(),
                    1,
                    0,
                    "missing column \"" + name + "\" (header: " + String.join(",", header) + ")"));
  }

  /** Index of an optional column. */
  Optional<Integer> column(String name) {
    return Optional.ofNullable(index.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Advances to the next record; false at the end. */
  boolean next() {
    Optional<String[]> r = reader.next();
    if (r.isEmpty()) {
      row = null;
      return false;
    }
    row = r.get();
    if (row.length != header.length) {
      int col = row.length > header.length ? reader.fieldColumn(header.length) : 0;
      int line = row.length > header.length ? reader.fieldLine(header.length) : reader.recordLine();
      throw new TaxonomyLoadException(
          reader.file(),
          line,
          col,
          "expected " + header.length + " fields as in the header, found " + row.length);
    }
    return true;
  }

  /** Field {@code i} of the current record, trimmed. */
  String get(int i) {
    return row[i].trim();
  }

  /** Field of an optional column, empty string when the column is absent. */
  String get(Optional<Integer> i) {
    return i.isPresent() ? row[i.get()].trim() : "";
  }

  /** A field that must not be blank. */
  String required(int i) {
    String v = get(i);
    if (v.isEmpty()) {
      throw error(i, "empty " + header[i].trim());
    }
    return v;
  }

  /** An error located at the start of field {@code i} of the current record. */
  TaxonomyLoadException error(int i, String reason) {
    return new TaxonomyLoadException(
        reader.file(), reader.fieldLine(i), reader.fieldColumn(i), reason);
  }

  String columnName(int i) {
    return header[i].trim();
  }

  @Override
  public void close() {
    reader.close();
  }
}
