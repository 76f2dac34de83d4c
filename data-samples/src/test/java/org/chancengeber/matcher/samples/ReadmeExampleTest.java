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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * README.md's embedding example with the embedded sample data ({@link SampleData}) instead of an
 * ESCO download and an offers file. The README's own code block is compiled and run by
 * matcher-core's {@code ReadmeExampleIT}.
 */
final class ReadmeExampleTest {

  @Test
  void readmeExample_ranksExplainsAndListsExclusions() throws Exception {
    List<String> printed = new ArrayList<>();

    // --- the example starts here (System.out replaced by printed::add) ---
    Taxonomy taxonomy = SampleData.taxonomy(); // or EscoImporter.load(Path.of("esco"))
    try (MatchEngine engine =
            MatchEngine.builder().taxonomy(taxonomy).today(LocalDate.of(2026, 12, 1)).build();
        JsonLinesReader<Vacancy> offers =
            VacancyFormat.reader(
                SampleData.openVacancies(), "vacancies.jsonl", ReadOptions.DEFAULTS)) {
      offers.forEachRemaining(
          r -> {
            switch (r) {
              case LineResult.Accepted<Vacancy> a -> engine.upsertVacancy(a.value());
              case LineResult.Rejected<Vacancy> x -> x.errors().forEach(System.err::println);
            }
          });
      engine.refresh(); // updates become visible to queries

      Candidate person =
          Candidate.builder(
                  "c-1",
                  Location.of(51.3127, 9.4797, "Kassel"),
                  Residence.of(ResidenceStatus.DULDUNG))
              .language("de", Cefr.A2)
              .skill(SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.PRACTICAL_TRIAL))
              .build();

      List<Match> top = engine.matchesFor(person, 10); // eligible offers, best first
      for (Match m : top) {
        printed.add(m.vacancy() + " " + m.score() + " " + m.readiness() + " " + m.readyInMonths());
        m.pathway().forEach(step -> printed.add("  " + step.detail().render(Locale.GERMAN)));
      }
      Vacancy best = engine.vacancy(top.get(0).vacancy()).orElseThrow();
      printed.add(engine.explain(person, best).match().orElseThrow().explanation().toString());
      engine.exclusionsFor(person).forEach(e -> printed.add(e.vacancy() + ": " + e.reasons()));
      engine.candidatesFor(best, 10); // the reverse direction (people indexed with addCandidates)
    }
    // --- the example ends here ---

    assertThat(printed.get(0)).matches("v-\\S+ 0\\.\\d+ (READY_NOW|REACHABLE) \\d+");
    // a Duldung: jobs need a work permit first, and the step says so in German
    assertThat(printed).anyMatch(l -> l.startsWith("  Beschäftigungserlaubnis beantragen"));
    assertThat(printed).anyMatch(l -> l.contains(" = score = fit "));
    assertThat(printed).anyMatch(l -> l.matches("v-\\S+: \\[.+\\]"));
  }
}
