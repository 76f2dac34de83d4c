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
package org.chancengeber.matcher.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.WELD;
import static org.chancengeber.matcher.Fixtures.WELDER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.scoring.LogisticsBound;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.scoring.PreparedCandidate;
import org.chancengeber.matcher.scoring.PreparedVacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phase one's retrieval where the query carries more skill terms than the core takes: the terms
 * left out add their heaviest weight to the bound of every unseen offer until a pass with them (one
 * constant clause) has read what matches them, and no offer that matches only left-out terms is
 * lost.
 */
final class RetrievalTest {
  private static final MatchScorer SCORER = Fixtures.scorer(Fixtures.taxonomy());
  private VacancyIndex index;
  private PreparedVacancy cook;
  private LogisticsBound logistics;

  @BeforeEach
  void setUp() {
    index = new VacancyIndex(Optional.empty());
    // no occupation: the skill is the offer's only term, its whole share
    cook =
        SCORER.prepare(
            Vacancy.builder("cook", Fixtures.PLAIN, OfferType.JOB, Fixtures.KASSEL)
                .title("cook")
                .skill(ConceptRef.id(PREPARE_DISHES), true)
                .build());
    index.upsert(cook);
    for (int i = 0; i < 20; i++) {
      index.upsert(
          SCORER.prepare(
              Fixtures.offer("welder-" + i, WELDER).skill(ConceptRef.id(WELD), true).build()));
    }
    index.refresh();
    PreparedCandidate pc = SCORER.prepare(Fixtures.person("p").language("de", Cefr.B2).build());
    logistics = SCORER.logisticsBound(pc, EnumSet.allOf(OfferType.class), Set.of("de"));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  /**
   * 150 heavier terms no offer has (weight 0.5), and the cook's skill as the 151st (0.3): left out
   * of the core.
   */
  private VacancyQuery query() {
    int[] ids = new int[151];
    float[] weights = new float[151];
    for (int i = 0; i < 150; i++) {
      ids[i] = 1_000_000 + i;
      weights[i] = 0.5f;
    }
    ids[150] = cook.skillId(0);
    weights[150] = 0.3f;
    return new VacancyQuery(
        Fixtures.KASSEL.point(),
        25,
        EnumSet.allOf(OfferType.class),
        Map.of("de", Cefr.C2),
        TODAY,
        new WeightedTerms(ids, weights, 0),
        WeightedTerms.none(),
        WeightedTerms.none(),
        logistics,
        SCORER.teachingFloor(logistics, Set.of()));
  }

  private static List<String> ids(List<PreparedVacancy> page) {
    List<String> out = new ArrayList<>();
    page.forEach(v -> out.add(v.id()));
    return out;
  }

  @Test
  void next_offerMatchingOnlyALeftOutTerm_isReturnedOnceTheCorePagesAreDone() {
    try (Retrieval<PreparedVacancy> r = index.retrieve(query())) {
      // no offer has one of the 150 terms the core carries
      assertThat(r.next(10)).isEmpty();
      // but one may have a left-out term: at most its weight
      assertThat(r.bound()).isGreaterThanOrEqualTo(0.3).isLessThan(0.31);
      assertThat(ids(r.next(10))).containsExactly("cook");
      assertThat(r.bound()).isEqualTo(Double.NEGATIVE_INFINITY);
      assertThat(r.retrieved()).isEqualTo(1);
    }
  }

  @Test
  void aboveByLogistics_needBeyondWhatTheLeftOutTermsAllow_closesTheCore() {
    try (Retrieval<PreparedVacancy> r = index.retrieve(query())) {
      // the cook offer can score at most 0.3 + 0.5 × its logistics, below 2 × 0.5
      assertThat(r.aboveByLogistics(0.5, 100)).isEmpty();
      assertThat(r.bound()).isEqualTo(Double.NEGATIVE_INFINITY);
    }
    try (Retrieval<PreparedVacancy> r = index.retrieve(query())) {
      // a low need: the cook offer can reach it, the welders (no term at all) cannot
      assertThat(ids(r.aboveByLogistics(0.01, 100))).containsExactly("cook");
      assertThat(r.bound()).isEqualTo(Double.NEGATIVE_INFINITY);
    }
  }

  @Test
  void above_onceThePlainCoreIsRead_readsWhatMatchesOnlyLeftOutTerms() {
    try (Retrieval<PreparedVacancy> r = index.retrieve(query())) {
      // a plain pass at a bar the slack alone reaches reads the core's pages to their end
      assertThat(r.above(0.01, 100)).isEmpty();
      assertThat(r.bound()).isGreaterThanOrEqualTo(0.3);
      assertThat(ids(r.above(0.01, 100))).containsExactly("cook");
    }
  }
}
