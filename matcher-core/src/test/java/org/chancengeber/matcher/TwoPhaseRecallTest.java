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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two-phase ranking agrees with the exhaustive oracle on generated data. */
final class TwoPhaseRecallTest {
  private static Generated data;
  private static MatchEngine engine;

  @BeforeAll
  static void index() {
    data = Generated.of(42, 40, 4000, 1500, Fixtures.TODAY);
    engine =
        MatchEngine.builder()
            .taxonomy(data.taxonomy)
            .today(Fixtures.TODAY)
            .retrievalDepth(100)
            .twoPhaseFrom(0)
            .build();
    engine.addVacancies(data.vacancies);
    engine.addCandidates(data.candidates);
    engine.refresh();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  /**
   * Share of the oracle's top 10 that the two-phase top 10 finds; 1 when the oracle is empty (for
   * {@link ScaleMeasurementTest}).
   */
  static double recall(List<Match> twoPhase, List<Match> oracle, boolean byVacancy) {
    if (oracle.isEmpty()) {
      return twoPhase.isEmpty() ? 1 : 0;
    }
    Set<String> found = new HashSet<>();
    twoPhase.forEach(m -> found.add(byVacancy ? m.vacancy() : m.candidate()));
    long hit =
        oracle.stream()
            .filter(m -> found.contains(byVacancy ? m.vacancy() : m.candidate()))
            .count();
    return (double) hit / oracle.size();
  }

  @Test
  void matchesFor_twoPhase_equalsExhaustive_forEveryPerson() {
    MatchEngine.RetrievalStats before = engine.retrievalStats();
    int nonEmpty = 0;
    for (Candidate c : data.candidates.subList(0, 150)) {
      List<Match> oracle = engine.matchesFor(c, 10, Ranking.EXHAUSTIVE);
      List<Match> fast = engine.matchesFor(c, 10, Ranking.TWO_PHASE);
      assertThat(fast).as(c.id()).isEqualTo(oracle);
      nonEmpty += oracle.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(100);
    MatchEngine.RetrievalStats after = engine.retrievalStats();
    assertThat(after.proven() - before.proven()).isEqualTo(150);
    assertThat(after.limited()).isEqualTo(before.limited());
    // proven complete without scoring everything: far fewer than the 4,000 offers on average
    assertThat((after.retrieved() - before.retrieved()) / 150.0).isLessThan(1500);
  }

  @Test
  void candidatesFor_twoPhase_equalsExhaustive_forEveryOffer() {
    MatchEngine.RetrievalStats before = engine.retrievalStats();
    int nonEmpty = 0;
    for (Vacancy v : data.vacancies.subList(0, 100)) {
      List<Match> oracle = engine.candidatesFor(v, 10, Ranking.EXHAUSTIVE);
      List<Match> fast = engine.candidatesFor(v, 10, Ranking.TWO_PHASE);
      assertThat(fast).as(v.id()).isEqualTo(oracle);
      nonEmpty += oracle.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(50);
    MatchEngine.RetrievalStats after = engine.retrievalStats();
    assertThat(after.proven() - before.proven()).isEqualTo(100);
    assertThat(after.limited()).isEqualTo(before.limited());
  }

  @Test
  void twoPhase_scoresEqualOracleScores_forTheSameOffers() {
    for (Candidate c : data.candidates.subList(0, 30)) {
      List<Match> oracle = engine.matchesFor(c, 10, Ranking.EXHAUSTIVE);
      List<Match> fast = engine.matchesFor(c, 10, Ranking.TWO_PHASE);
      for (Match m : fast) {
        oracle.stream()
            .filter(o -> o.vacancy().equals(m.vacancy()))
            .findFirst()
            .ifPresent(o -> assertThat(m.score()).isEqualTo(o.score()));
      }
    }
  }
}
