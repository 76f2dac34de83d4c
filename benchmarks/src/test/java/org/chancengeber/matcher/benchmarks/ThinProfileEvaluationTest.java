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
package org.chancengeber.matcher.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

final class ThinProfileEvaluationTest {

  @Test
  void evaluate_sampleTaxonomy_everyScenarioScoredFourWays_andReported() {
    Taxonomy taxonomy = SampleData.taxonomy();
    ThinProfiles.Settings settings = new ThinProfiles.Settings(8, 300, 3, 60);
    List<ThinProfiles.Scenario> all = List.of(ThinProfiles.Scenario.values());
    ThinProfiles truth = ThinProfiles.draw(taxonomy, settings, all);
    List<ThinProfileEvaluation.Row> rows = new ArrayList<>();
    try (ThinProfileEvaluation.Rankers rankers =
        ThinProfileEvaluation.Rankers.over(
            taxonomy, truth.offers(), ScoringProfile.defaults(), "en")) {
      for (ThinProfiles.Scenario s : all) {
        rows.add(
            ThinProfileEvaluation.evaluate(
                s.cli, truth.people(s), truth, rankers, 1, ThinProfileEvaluation.target(s)));
      }
    }
    for (ThinProfileEvaluation.Row row : rows) {
      assertThat(row.people()).isEqualTo(8);
      assertThat(row.ndcg().keySet())
          .containsExactlyInAnyOrder(ThinProfileEvaluation.Method.values());
      assertThat(row.ndcg().values()).allMatch(v -> v >= 0 && v <= 1);
      assertThat(row.mrr().values()).allMatch(v -> v >= 0 && v <= 1);
      assertThat(row.recall()).isEqualTo(1.0);
      assertThat(row.met()).isPresent();
    }
    // people with only a title claim no skill: the naive baseline has nothing to rank them by
    assertThat(rows.get(4).ndcg().get(ThinProfileEvaluation.Method.NAIVE_OVERLAP)).isZero();
    String report =
        ThinProfileEvaluation.report(
            "sample taxonomy", taxonomy, settings, rows, List.of("a note"));
    assertThat(report)
        .contains("| scenario | people | TWO_PHASE (ours) NDCG@10 / MRR@10 | EXHAUSTIVE | BM25 |")
        .contains("| ids | 8 |")
        .contains("| title-de | 8 |")
        .contains("500 skills (500 with a German label)")
        .contains("- a note");
  }

  @Test
  void rowMet_needsTargetTwiceBm25AndAboveNaive() {
    assertThat(row(0.9, 0.45, 0.89, 0.9).met()).contains(true);
    assertThat(row(0.9, 0.46, 0.5, 0.9).met()).contains(false); // not twice BM25
    assertThat(row(0.9, 0.3, 0.9, 0.9).met()).contains(false); // not above naive
    assertThat(row(0.85, 0.3, 0.5, 0.9).met()).contains(false); // below the target
    assertThat(
            new ThinProfileEvaluation.Row(
                    "x", 1, Map.of(), Map.of(), Map.of(), 1, OptionalDouble.empty())
                .met())
        .isEmpty();
  }

  private static ThinProfileEvaluation.Row row(
      double ours, double bm25, double naive, double target) {
    Map<ThinProfileEvaluation.Method, Double> ndcg =
        Map.of(
            ThinProfileEvaluation.Method.TWO_PHASE, ours,
            ThinProfileEvaluation.Method.EXHAUSTIVE, ours,
            ThinProfileEvaluation.Method.BM25, bm25,
            ThinProfileEvaluation.Method.NAIVE_OVERLAP, naive);
    return new ThinProfileEvaluation.Row("x", 1, ndcg, ndcg, ndcg, 1, OptionalDouble.of(target));
  }
}
