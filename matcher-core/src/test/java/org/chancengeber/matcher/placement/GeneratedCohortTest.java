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
package org.chancengeber.matcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancengeber.matcher.Generated;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Placements of generated cohorts ranked by a real engine. */
class GeneratedCohortTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void optimal_onGeneratedCohorts_staysWithinPlacesAndEligiblePairsAndBeatsGreedy() {
    for (long seed = 1; seed <= 3; seed++) {
      // few offers for many people: places are scarce
      Generated data = Generated.of(seed, 12, 60, 300, TODAY);
      try (MatchEngine engine =
          MatchEngine.builder().taxonomy(data.taxonomy).today(TODAY).build()) {
        engine.addVacancies(data.vacancies);
        engine.refresh();
        PlacementProblem problem =
            PlacementProblem.rank(engine, data.candidates, 10, Ranking.TWO_PHASE, 2);
        Map<String, Candidate> people = new HashMap<>();
        data.candidates.forEach(c -> people.put(c.id(), c));
        Map<String, Integer> places = new HashMap<>();
        data.vacancies.forEach(v -> places.put(v.id(), v.places()));
        for (Objective objective : Objective.values()) {
          for (boolean readyNow : new boolean[] {false, true}) {
            Placer.Options o = new Placer.Options(objective, readyNow);
            Assignment optimal = Placer.optimal(problem, o);
            Assignment greedy = Placer.greedy(problem, o);

            assertThat(optimal.placements()).hasSize(data.candidates.size());
            optimal
                .filled()
                .forEach((v, n) -> assertThat(n).as(v).isLessThanOrEqualTo(places.get(v)));
            for (Placement p : optimal.placements()) {
              p.choice()
                  .ifPresent(
                      c -> {
                        Vacancy offer = engine.vacancy(c.vacancy()).orElseThrow();
                        // the pair is eligible, with the readiness the engine gives it
                        Match m =
                            engine.explain(people.get(c.candidate()), offer).match().orElseThrow();
                        assertThat(m.readiness()).isEqualTo(c.readiness());
                        if (readyNow) {
                          assertThat(c.readiness()).isEqualTo(Readiness.READY_NOW);
                        }
                      });
            }
            assertThat(optimal.summary().placed()).isPositive();
            assertThat(optimal.summary().placed()).isLessThan(data.candidates.size());
            if (objective == Objective.TOTAL) {
              assertThat(optimal.summary().totalScore())
                  .isGreaterThanOrEqualTo(greedy.summary().totalScore() - 1e-9);
            } else {
              assertThat(optimal.summary().placed())
                  .isGreaterThanOrEqualTo(greedy.summary().placed());
            }
            assertThat(Placer.optimal(problem, o)).isEqualTo(optimal);
          }
        }
        List<Placement> total = Placer.optimal(problem, Placer.Options.DEFAULTS).placements();
        assertThat(total)
            .extracting(Placement::candidate)
            .containsExactlyElementsOf(data.candidates.stream().map(Candidate::id).toList());
      }
    }
  }
}
