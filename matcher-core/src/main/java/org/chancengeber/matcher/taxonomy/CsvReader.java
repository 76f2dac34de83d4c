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

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 reader: fields separated by a configurable character, optionally enclosed in
 * double quotes (then they may hold separators, line breaks and doubled quotes), records ended by
 * LF, CRLF or CR. A leading byte order mark is skipped. Each field remembers the line and column
 * where it starts, for error messages. Not thread-safe.
 */
final class CsvReader implements AutoCloseable {
  private static final int BOM = '\uFEFF';

  private final String file;
  private final Reader in;
  private final char separator;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private int line = 1;
  private int column = 1;
  private boolean eof;

  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();
  private int[] fieldLines = new int[16];
  private int[] fieldColumns = new int[16];
  private int recordLine;

  CsvReader(String file, Reader in, char separator) {
    this.file = file;
    this.in = in;
    this.separator = separator;
  }

  /** The file name used in error messages. */
  String file() {
    return file;
  }

  /** Line where the record last returned by {@link #next()} starts. */
  int recordLine() {
    return recordLine;
  }

  /** Line where field {@code i} of the last record starts. */
  int fieldLine(int i) {
    return fieldLines[i];
  }

  /** Column where field {@code i} of the last record starts. */
  int fieldColumn(int i) {
    return fieldColumns[i];
  }

  /** The next record's fields, or empty at the end of the input. Blank lines are skipped. */
  Optional<String[]> next() {
    while (true) {
      int c = peek();
      if (c < 0) {
        return Optional.empty();
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      return Optional.of(readRecord());
    }
  }

  private String[] readRecord() {
    fields.clear();
    recordLine = line;
    while (true) {
      int n = fields.size();
      if (n == fieldLines.length) {
        fieldLines = Arrays.copyOf(fieldLines, n * 2);
        fieldColumns = Arrays.copyOf(fieldColumns, n * 2);
      }
      fieldLines[n] = line;
      fieldColumns[n] = column;
      field.setLength(0);
      int c = peek();
      if (c == '"') {
        readQuoted();
      } else {
        readPlain();
      }
      fields.add(field.toString());
      c = peek();
      if (c == separator) {
        take();
        continue;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
      }
      return fields.toArray(new String[0]);
    }
  }

  private void readPlain() {
    while (true) {
      int c = peek();
      if (c < 0 || c == separator || c == '\n' || c == '\r') {
        return;
      }
      if (c == '"') {
        throw new TaxonomyLoadException(
            file, line, column, "quote inside an unquoted field (quote the whole field)");
      }
      append(take());
    }
  }

  private void append(int c) {
    if (c == '\uFFFD') {
      throw new TaxonomyLoadException(
          file,
          line,
          column - 1,
          "not valid UTF-8 text (or holds U+FFFD, the replacement character)");
    }
    field.append((char) c);
  }

  private void readQuoted() {
    int startLine = line;
    int startColumn = column;
    take();
    while (true) {
      int c = peek();
      if (c < 0) {
        throw new TaxonomyLoadException(
            file, startLine, startColumn, "quoted field not closed before the end of the file");
      }
      if (c == '"') {
        take();
        int d = peek();
        if (d == '"') {
          take();
          field.append('"');
          continue;
        }
        if (d < 0 || d == separator || d == '\n' || d == '\r') {
          return;
        }
        throw new TaxonomyLoadException(
            file, line, column, "unexpected character after closing quote: " + describe(d));
      }
      if (c == '\r' || c == '\n') {
        endOfLine();
        field.append('\n');
        continue;
      }
      append(take());
    }
  }

  private static String describe(int c) {
    return Character.isISOControl(c) ? String.format("U+%04X", c) : "'" + (char) c + "'";
  }

  private void endOfLine() {
    int c = take();
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    line++;
    column = 1;
  }

  private int peek() {
    if (pos == len) {
      fill();
      if (eof) {
        return -1;
      }
    }
    return buf[pos];
  }

  private int take() {
    int c = peek();
    if (c >= 0) {
      pos++;
      column++;
    }
    return c;
  }

  private void fill() {
    if (eof) {
      return;
    }
    try {
      boolean first = len == 0 && line == 1 && column == 1 && pos == 0;
      int n;
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        pos = len = 0;
        return;
      }
      pos = 0;
      len = n;
      if (first && buf[0] == BOM) {
        pos = 1;
        if (len == 1) {
          fill();
        }
      }
    } catch (IOException e) {
      throw new TaxonomyLoadException(file, line, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
