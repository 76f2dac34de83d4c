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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The KldB 2010 classification (Fassung 2020) as published by the Bundesagentur für Arbeit: a
 * {@code ;}-separated UTF-8 CSV with columns {@code Schlüssel KldB 2010, V. 2020}, {@code Ebene},
 * {@code Titel} and {@code Kurztitel}. Codes that lost their leading zero in the file (the military
 * positions, e.g. {@code 11} at level 3) are padded to their level's length. Immutable and
 * thread-safe.
 */
public final class Kldb {
  private static final String CODE = "Schlüssel KldB 2010, V. 2020";
  private final Map<String, KldbEntry> entries;

  private Kldb(Map<String, KldbEntry> entries) {
    this.entries = java.util.Collections.unmodifiableMap(entries);
  }

  /**
   * Reads the published CSV file.
   *
   * @param file the CSV file
   * @return the classification
   */
  public static Kldb load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TaxonomyLoadException(file.toString(), 0, 0, "no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new TaxonomyLoadException(file.toString(), 0, 0, "cannot read: " + e, e);
    }
  }

  /**
   * Reads the CSV from a stream; {@code name} is used in error messages.
   *
   * @param name the name used in messages
   * @param in the CSV stream
   * @return the classification
   */
  public static Kldb read(String name, InputStream in) {
    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
    Map<String, KldbEntry> entries = new LinkedHashMap<>();
    try (CsvTable t = new CsvTable(new CsvReader(name, r, ';'))) {
      int code = t.require(CODE);
      int level = t.require("Ebene");
      int title = t.require("Titel");
      Optional<Integer> shortTitle = t.column("Kurztitel");
      while (t.next()) {
        String c = t.required(code);
        String l = t.required(level);
        if (!l.matches("[1-5]")) {
          throw t.error(level, "Ebene \"" + l + "\" is not a level from 1 to 5");
        }
        int n = l.charAt(0) - '0';
        if (!c.matches("\\d{1," + n + "}")) {
          throw t.error(code, "code \"" + c + "\" does not fit level " + n);
        }
        String padded = "0".repeat(n - c.length()) + c;
        String ti = t.required(title);
        String sh = t.get(shortTitle);
        if (entries.putIfAbsent(padded, new KldbEntry(padded, ti, sh.isEmpty() ? ti : sh))
            != null) {
          throw t.error(code, "code " + padded + " appears twice");
        }
      }
    }
    return new Kldb(entries);
  }

  /**
   * {@return the entry for a code (1 to 5 digits), where present}
   *
   * @param code the code
   */
  public Optional<KldbEntry> get(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /** {@return all entries in file order} */
  public Collection<KldbEntry> entries() {
    return entries.values();
  }
}
