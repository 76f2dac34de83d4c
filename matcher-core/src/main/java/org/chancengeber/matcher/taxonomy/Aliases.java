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

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's own words for concepts: a job centre's title list, the employers' usual terms, BA's
 * Berufenet synonyms. {@link Taxonomy#withAliases(Aliases)} merges them into label resolution.
 *
 * <p><b>Priority.</b> A text that equals an alias (after the same splitting of gendered forms and
 * normalisation as labels: case, umlauts, accents, {@code (m/w/d)}) resolves to the alias's concept
 * with confidence 1, ahead of any ESCO label, also when an ESCO label of another concept is equal
 * too (those follow at 0.9). Aliases in the text's language come first, then aliases without a
 * language, then aliases in other languages (confidence 0.9). Several aliases with the same text
 * for different concepts are kept as written and rank as equals (so the text is reported as
 * ambiguous, see {@link ConceptResolver}). A text that only resembles an alias competes with the
 * ESCO labels like an alternative label.
 *
 * <p><b>File format</b> ({@link #read(Path)}): CSV (RFC 4180, UTF-8, comma-separated, fields may be
 * quoted), one alias per line: {@code text,conceptUri[,lang]}. A first line starting with {@code
 * text} is a header; blank lines are skipped; {@code lang} is a two- or three-letter code or empty
 * (any language). The concept must be in the taxonomy the aliases are merged into.
 */
public final class Aliases {
  /** No aliases. */
  public static final Aliases NONE = new Aliases(List.of(), List.of());

  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

  private final List<Alias> aliases;
  private final List<String> origins;

  /**
   * One alias.
   *
   * @param text the words, as users write them
   * @param uri the concept (an ESCO occupation or skill URI)
   * @param lang language code of the text, lower case; empty for any language
   */
  public record Alias(String text, String uri, String lang) {
    /** Creates an alias, checking that text and concept are not blank. */
    public Alias {
      requireNonNull(text, "text");
      requireNonNull(uri, "uri");
      requireNonNull(lang, "lang");
      if (text.isBlank()) {
        throw new IllegalArgumentException("alias text must not be blank");
      }
      if (uri.isBlank()) {
        throw new IllegalArgumentException("alias concept URI must not be blank");
      }
      lang = lang.trim().toLowerCase(Locale.ROOT);
      if (!lang.isEmpty() && !LANG.matcher(lang).matches()) {
        throw new IllegalArgumentException(
            "alias language (" + lang + ") must be a two- or three-letter code or empty");
      }
      text = text.trim();
      uri = uri.trim();
    }
  }

  private Aliases(List<Alias> aliases, List<String> origins) {
    this.aliases = List.copyOf(aliases);
    this.origins = List.copyOf(origins);
  }

  /**
   * Aliases given in code.
   *
   * @param aliases the aliases
   * @return the alias list
   */
  public static Aliases of(Collection<Alias> aliases) {
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < aliases.size(); i++) {
      origins.add("alias " + (i + 1));
    }
    return new Aliases(List.copyOf(aliases), origins);
  }

  /**
   * Reads an alias file (format in the class comment).
   *
   * @throws TaxonomyLoadException naming file, line and column of the first malformed line
   * @param file the CSV file
   * @return the alias list
   */
  public static Aliases read(Path file) {
    List<Alias> out = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(file.toString(), in, ',')) {
      boolean first = true;
      for (Optional<String[]> row = csv.next(); row.isPresent(); row = csv.next()) {
        String[] f = row.get();
        boolean header = first && f[0].trim().toLowerCase(Locale.ROOT).startsWith("text");
        first = false;
        if (header || (f.length == 1 && f[0].isBlank())) {
          continue;
        }
        int line = csv.recordLine();
        if (f.length < 2 || f.length > 3) {
          throw new TaxonomyLoadException(
              file.toString(),
              line,
              0,
              "expected text,conceptUri[,lang] but found " + f.length + " field(s)");
        }
        try {
          out.add(new Alias(f[0], f[1], f.length == 3 ? f[2] : ""));
        } catch (IllegalArgumentException e) {
          int column = e.getMessage().contains("text") ? 0 : e.getMessage().contains("URI") ? 1 : 2;
          throw new TaxonomyLoadException(
              file.toString(), line, csv.fieldColumn(column), e.getMessage());
        }
        origins.add(file + ", line " + line);
      }
    } catch (NoSuchFileException e) {
      throw new TaxonomyLoadException(file.toString(), 0, 0, "no such file", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TaxonomyLoadException(file.toString(), 0, 0, "cannot read: " + e, e);
    }
    return new Aliases(out, origins);
  }

  /** {@return all aliases, in the order given} */
  public List<Alias> all() {
    return aliases;
  }

  /** {@return how many aliases there are} */
  public int size() {
    return aliases.size();
  }

  /** {@return whether there are none} */
  public boolean isEmpty() {
    return aliases.isEmpty();
  }

  /**
   * {@return these aliases followed by {@code more}}
   *
   * @param more the aliases to add
   */
  public Aliases and(Aliases more) {
    List<Alias> a = new ArrayList<>(aliases);
    a.addAll(more.aliases);
    List<String> o = new ArrayList<>(origins);
    o.addAll(more.origins);
    return new Aliases(a, o);
  }

  /** Where alias {@code i} came from: {@code file, line N}, or {@code alias N} for code. */
  String origin(int i) {
    return origins.get(i);
  }

  @Override
  public String toString() {
    return "Aliases[" + aliases.size() + "]";
  }
}
