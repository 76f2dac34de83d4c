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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The generator over the full ESCO v1.1.1 taxonomy (skipped when the shared data is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class GeneratorEscoTest {
  private Taxonomy esco;
  private List<CandidateRecord> people;
  private List<Vacancy> offers;

  @BeforeAll
  void load() {
    Path root = Path.of(System.getProperty("chancengeber.shared.data", "../../shared/data"));
    Path v111 = root.resolve("esco/v1.1.1");
    assumeTrue(
        Files.isDirectory(v111),
        "shared reference data absent (" + v111.toAbsolutePath() + "): test skipped");
    esco =
        EscoImporter.load(
            v111.resolve("esco-v1.1.1-classification-en-csv.zip"),
            v111.resolve("esco-v1.1.1-classification-relations-csv.zip"),
            root.resolve("esco/v1.2.0-de"));
    Generator g = new Generator(esco, 99);
    people = g.candidates(3000).toList();
    offers = g.vacancies(3000).toList();
  }

  @Test
  void fullEsco_everyConceptIdExists() {
    for (CandidateRecord p : people) {
      p.candidate().skills().stream()
          .map(s -> s.skill())
          .filter(ConceptRef.Id.class::isInstance)
          .forEach(id -> assertThat(esco.skill(id.toString())).as(p.candidate().id()).isPresent());
      p.candidate()
          .experience()
          .forEach(
              e -> {
                if (e.occupation() instanceof ConceptRef.Id id) {
                  assertThat(esco.occupation(id.uri())).as(p.candidate().id()).isPresent();
                }
              });
    }
    for (Vacancy v : offers) {
      assertThat(esco.occupation(v.occupation().orElseThrow().toString())).as(v.id()).isPresent();
    }
  }

  @Test
  void fullEsco_trainingOffersForSkilledOccupations() {
    assertThat(offers.stream().map(Vacancy::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(OfferType.values());
    offers.stream()
        .filter(v -> v.type() != OfferType.JOB && v.type() != OfferType.PRACTICAL_TRIAL)
        .forEach(
            v -> {
              String isco =
                  esco.occupation(v.occupation().orElseThrow().toString())
                      .orElseThrow()
                      .iscoGroup();
              assertThat(Occupations.levelOfIsco(isco))
                  .as(v.id())
                  .isEqualTo(RequirementLevel.SKILLED);
            });
  }

  @Test
  void fullEsco_entryOccupationsDrawnOften() {
    Set<String> entry =
        new Occupations(SampleData.taxonomy())
            .all().stream().map(Occupations.Entry::uri).collect(Collectors.toSet());
    long fromEntry =
        offers.stream()
            .filter(v -> entry.contains(v.occupation().orElseThrow().toString()))
            .count();
    // 41 of 3,007 occupations (1.4 %) make up about a third of the offers
    assertThat(fromEntry / (double) offers.size()).isBetween(0.2, 0.6);
  }
}
