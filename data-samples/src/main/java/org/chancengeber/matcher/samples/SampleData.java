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
package org.chancengeber.matcher.samples;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The embedded sample data: a small hand-written taxonomy in the official ESCO CSV layout, and the
 * people and offers of the seeds' five cities (Kaiserslautern, Kassel, Krefeld, Dresden,
 * Düsseldorf) as JSON Lines.
 *
 * <p>The taxonomy holds 41 occupations of the seeds' sectors with 500 skills and their real ESCO
 * URIs; labels in English, German, Arabic, Dari/Farsi and Ukrainian. See the module's README for
 * the case-worker cases in the people and offers files and for attribution.
 */
public final class SampleData {
  /** Name used in messages for the embedded people file. */
  public static final String CANDIDATES_NAME = "candidates.jsonl";

  /** Name used in messages for the embedded offers file. */
  public static final String VACANCIES_NAME = "vacancies.jsonl";

  /** Class-path folder of the sample taxonomy's CSV files. */
  public static final String TAXONOMY_FOLDER = "org/chancengeber/matcher/samples/taxonomy";

  /** The sample taxonomy's CSV files, in the order they are loaded. */
  public static final List<String> TAXONOMY_FILES =
      List.of(
          "occupations_en.csv",
          "occupations_de.csv",
          "occupations_ar.csv",
          "occupations_fa.csv",
          "occupations_uk.csv",
          "skills_en.csv",
          "skills_de.csv",
          "skills_ar.csv",
          "skills_fa.csv",
          "skills_uk.csv",
          "skillGroups_en.csv",
          "skillGroups_de.csv",
          "ISCOGroups_en.csv",
          "ISCOGroups_de.csv",
          "occupationSkillRelations.csv",
          "broaderRelationsSkillPillar.csv",
          "skillSkillRelations.csv");

  private static final String FOLDER = "/org/chancengeber/matcher/samples/";

  private SampleData() {}

  /**
   * The hand-written sample taxonomy (ESCO URIs, labels in several languages).
   *
   * @return the sample taxonomy
   */
  public static Taxonomy taxonomy() {
    return EscoImporter.loadClasspath(
        SampleData.class.getClassLoader(), TAXONOMY_FOLDER, TAXONOMY_FILES);
  }

  /**
   * The embedded people, JSON Lines (UTF-8). The caller closes the stream.
   *
   * @return a new stream of the embedded people
   */
  public static InputStream openCandidates() {
    return open(CANDIDATES_NAME);
  }

  /**
   * The embedded offers, JSON Lines (UTF-8). The caller closes the stream.
   *
   * @return a new stream of the embedded offers
   */
  public static InputStream openVacancies() {
    return open(VACANCIES_NAME);
  }

  private static InputStream open(String name) {
    InputStream in = SampleData.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new UncheckedIOException(
          new java.io.FileNotFoundException("embedded sample file missing: " + FOLDER + name));
    }
    return in;
  }
}
