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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** The sample files and the generator's output pass the io readers without a single complaint. */
final class SampleReadersTest {
  private static final Taxonomy TAXONOMY = SampleData.taxonomy();
  private static final ReadOptions OPTIONS =
      ReadOptions.DEFAULTS.withTaxonomy(TAXONOMY).withToday(Generator.DEFAULT_REFERENCE_DATE);

  @Test
  void sampleCandidates_allAcceptedWithoutWarnings() {
    try (JsonLinesReader<CandidateRecord> reader =
        CandidateFormat.reader(SampleData.openCandidates(), SampleData.CANDIDATES_NAME, OPTIONS)) {
      List<LineResult<CandidateRecord>> results = reader.stream().toList();
      assertThat(results).hasSizeGreaterThanOrEqualTo(300);
      assertThat(results)
          .allSatisfy(
              r -> {
                assertThat(r).isInstanceOf(LineResult.Accepted.class);
                assertThat(((LineResult.Accepted<CandidateRecord>) r).warnings()).isEmpty();
              });
    }
  }

  @Test
  void sampleVacancies_allAcceptedWithoutWarnings() {
    try (JsonLinesReader<Vacancy> reader =
        VacancyFormat.reader(SampleData.openVacancies(), SampleData.VACANCIES_NAME, OPTIONS)) {
      List<LineResult<Vacancy>> results = reader.stream().toList();
      assertThat(results).hasSizeGreaterThanOrEqualTo(150);
      assertThat(results)
          .allSatisfy(
              r -> {
                assertThat(r).isInstanceOf(LineResult.Accepted.class);
                assertThat(((LineResult.Accepted<Vacancy>) r).warnings()).isEmpty();
              });
    }
  }

  @Test
  void generatedCandidates_roundTripThroughTheFormat() {
    List<CandidateRecord> people = new Generator(TAXONOMY, 3).candidates(500).toList();
    StringBuilder lines = new StringBuilder();
    people.forEach(p -> lines.append(CandidateFormat.toJson(p)).append('\n'));
    try (JsonLinesReader<CandidateRecord> reader =
        CandidateFormat.reader(
            new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
            "generated",
            OPTIONS)) {
      List<LineResult<CandidateRecord>> results = reader.stream().toList();
      assertThat(results).hasSize(500);
      for (int i = 0; i < 500; i++) {
        assertThat(results.get(i)).isInstanceOf(LineResult.Accepted.class);
        LineResult.Accepted<CandidateRecord> a =
            (LineResult.Accepted<CandidateRecord>) results.get(i);
        assertThat(a.warnings()).isEmpty();
        assertThat(a.value()).isEqualTo(people.get(i));
      }
    }
  }

  @Test
  void generatedVacancies_roundTripThroughTheFormat() {
    List<Vacancy> offers = new Generator(TAXONOMY, 3).vacancies(500).toList();
    StringBuilder lines = new StringBuilder();
    offers.forEach(v -> lines.append(VacancyFormat.toJson(v)).append('\n'));
    try (JsonLinesReader<Vacancy> reader =
        VacancyFormat.reader(
            new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
            "generated",
            OPTIONS)) {
      List<LineResult<Vacancy>> results = reader.stream().toList();
      assertThat(results).hasSize(500);
      for (int i = 0; i < 500; i++) {
        assertThat(results.get(i)).isInstanceOf(LineResult.Accepted.class);
        LineResult.Accepted<Vacancy> a = (LineResult.Accepted<Vacancy>) results.get(i);
        assertThat(a.warnings()).isEmpty();
        assertThat(a.value()).isEqualTo(offers.get(i));
      }
    }
  }
}
