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
package org.chancengeber.matcher.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The JobBERT evaluation titles ({@code ,vacancyTitle,conceptUri}: real vacancy titles, each tagged
 * with its ESCO occupation), split into two halves by title: the same title (case and spacing
 * aside) is always in the same half, so that tuning or aliases learned on one half never see a
 * title of the other.
 */
final class JobTitles {
  /** One tagged title. */
  record Title(int line, String text, String occupation) {}

  /** The halves: {@code TUNE} for tuning and learning aliases, {@code HELD_OUT} for reporting. */
  enum Half {
    TUNE,
    HELD_OUT;

    static Half of(String title) {
      CRC32 crc = new CRC32();
      crc.update(key(title).getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() & 1) == 0 ? TUNE : HELD_OUT;
    }
  }

  private JobTitles() {}

  /** The normalised form titles are split and counted by: lower case, single spaces. */
  static String key(String title) {
    return title.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Every tagged title of the file, in file order (rows without title or URI are left out). */
  static List<Title> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Title> out = new ArrayList<>();
    List<List<String>> rows = csv(text);
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() >= 3 && !r.get(1).isBlank() && r.get(2).startsWith("http")) {
        out.add(new Title(i + 1, r.get(1).trim(), r.get(2).trim()));
      }
    }
    return out;
  }

  /** Titles of one half. */
  static List<Title> half(List<Title> all, Half half) {
    return all.stream().filter(t -> Half.of(t.text()) == half).toList();
  }

  /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
