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
package org.chancengeber.matcher;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chancengeber.matcher.index.LuceneStore;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * What a persistent engine records in each commit and reads back on open: the fingerprint of what
 * its documents are derived from, the commit sequence number that keeps its two stores in step, and
 * the stored source records turned back into offers and people.
 */
final class IndexState {
  /** Commit user data: the fingerprint (see {@link #fingerprint}). */
  static final String FINGERPRINT = "chancengeber.fingerprint";

  /** Commit user data: the engine's commit number, the same in both stores after a commit. */
  static final String SEQUENCE = "chancengeber.commit";

  /** Commit user data of the offers' store: the scorer's concept keys by id, a JSON array. */
  static final String CONCEPTS = "chancengeber.concepts";

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private IndexState() {}

  /** {@code keys} as the JSON array stored under {@link #CONCEPTS}. */
  static String concepts(List<String> keys) {
    try {
      return JSON.writeValueAsString(keys);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write concept keys", e);
    }
  }

  /** The concept keys stored under {@link #CONCEPTS}. */
  static List<String> concepts(String json) {
    try {
      return List.of(JSON.readValue(json, String[].class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new org.chancengeber.matcher.index.IndexFolderException(
          "the index's concept table cannot be read (" + e.getOriginalMessage() + ")", e);
    }
  }

  /**
   * A digest of everything a document's fields are derived from: the document format ({@link
   * LuceneStore#FORMAT}), the taxonomy's concepts, labels, relations and aliases, the scoring
   * profile, the rules' name and the horizon. Not covered: an application's own resolver (see
   * {@link MatchEngine.Builder#resolver}) and the pathway planner's data; after changing those,
   * build the index again.
   */
  static String fingerprint(
      Taxonomy taxonomy, ScoringProfile profile, RuleSet rules, int horizonMonths) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    add(md, "format " + LuceneStore.FORMAT);
    List<Occupation> occupations = new ArrayList<>(taxonomy.occupations());
    occupations.sort(Comparator.comparing(Occupation::uri));
    for (Occupation o : occupations) {
      add(md, o.toString());
      for (OccupationSkill r : taxonomy.skillsOf(o.uri())) {
        add(md, r.toString());
      }
    }
    List<Skill> skills = new ArrayList<>(taxonomy.skills());
    skills.sort(Comparator.comparing(Skill::uri));
    for (Skill s : skills) {
      add(md, s.toString());
      add(md, "broader " + new java.util.TreeSet<>(taxonomy.broaderSkills(s.uri())));
      add(md, "related " + new java.util.TreeSet<>(taxonomy.relatedSkills(s.uri())));
    }
    taxonomy.aliases().all().forEach(a -> add(md, a.toString()));
    add(md, profile.toString());
    add(md, rules.toString());
    add(md, "horizon " + horizonMonths);
    return HexFormat.of().formatHex(md.digest());
  }

  private static void add(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) '\n');
  }

  /** The commit number in {@code data}; 0 for a store not committed by an engine yet. */
  static long sequence(Map<String, String> data) {
    return Long.parseLong(data.getOrDefault(SEQUENCE, "0"));
  }

  /** A stored record read back: its key and the offer or person. */
  record Entry<T>(long key, T value) {}

  /**
   * Reads a batch of stored offers back with the project's own reader, each with the options it was
   * validated with when written (its day); records that cannot be read go to {@code problems}.
   */
  static List<Entry<Vacancy>> vacancies(
      List<LuceneStore.Stored> batch, String source, List<String> problems) {
    return read(
        batch, (in, day) -> VacancyFormat.reader(in, source, options(day)), v -> v, problems);
  }

  /** As {@link #vacancies}, for people. */
  static List<Entry<Candidate>> candidates(
      List<LuceneStore.Stored> batch, String source, List<String> problems) {
    return read(
        batch,
        (in, day) -> CandidateFormat.reader(in, source, options(day)),
        CandidateRecord::candidate,
        problems);
  }

  private static <R, T> List<Entry<T>> read(
      List<LuceneStore.Stored> batch,
      java.util.function.BiFunction<java.io.InputStream, LocalDate, JsonLinesReader<R>> reader,
      java.util.function.Function<R, T> value,
      List<String> problems) {
    List<Entry<T>> out = new ArrayList<>(batch.size());
    byDay(batch)
        .forEach(
            (day, records) -> {
              try (JsonLinesReader<R> r = reader.apply(join(records), day)) {
                collect(r, records, out, value, problems);
              }
            });
    return out;
  }

  private static ReadOptions options(LocalDate day) {
    return ReadOptions.DEFAULTS.withToday(day);
  }

  private static TreeMap<LocalDate, List<LuceneStore.Stored>> byDay(
      List<LuceneStore.Stored> batch) {
    TreeMap<LocalDate, List<LuceneStore.Stored>> out = new TreeMap<>();
    batch.forEach(s -> out.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
    return out;
  }

  private static java.io.InputStream join(List<LuceneStore.Stored> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() * 600);
    for (LuceneStore.Stored s : records) {
      out.writeBytes(s.source());
      out.write('\n');
    }
    return new java.io.ByteArrayInputStream(out.toByteArray());
  }

  private static <R, T> void collect(
      JsonLinesReader<R> reader,
      List<LuceneStore.Stored> records,
      List<Entry<T>> out,
      java.util.function.Function<R, T> value,
      List<String> problems) {
    while (reader.hasNext()) {
      switch (reader.next()) {
        case LineResult.Accepted<R> a ->
            out.add(new Entry<>(records.get((int) a.line() - 1).key(), value.apply(a.value())));
        case LineResult.Rejected<R> x -> {
          synchronized (problems) {
            problems.add(
                "stored record "
                    + x.id().orElse("(no id)")
                    + " cannot be read back: "
                    + x.errors().stream().map(Object::toString).toList());
          }
        }
      }
    }
  }
}
