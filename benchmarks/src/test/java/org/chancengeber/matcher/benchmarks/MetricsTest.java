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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

final class MetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "d", 0, "e", 0);
  private static final ToIntFunction<String> GRADE = id -> GRADES.getOrDefault(id, 0);
  private static final int[] ALL = {3, 2, 1, 0, 0};

  @Test
  void ndcg_idealOrder_isOne() {
    assertThat(Metrics.ndcg(List.of("a", "b", "c", "d"), GRADE, ALL, 10)).isEqualTo(1.0);
  }

  @Test
  void ndcg_swappedTopTwo_matchesHandComputedValue() {
    // DCG = 3/log2(2) + 7/log2(3) + 1/log2(4); IDCG = 7 + 3/log2(3) + 1/2
    double dcg = 3 + 7 / log2(3) + 0.5;
    double idcg = 7 + 3 / log2(3) + 0.5;
    assertThat(Metrics.ndcg(List.of("b", "a", "c"), GRADE, ALL, 10))
        .isCloseTo(dcg / idcg, within(1e-12));
  }

  @Test
  void ndcg_relevantOfferMissingFromTopK_losesItsCredit() {
    double idcg = 7 + 3 / log2(3);
    assertThat(Metrics.ndcg(List.of("d", "a"), GRADE, ALL, 2))
        .isCloseTo((7 / log2(3)) / idcg, within(1e-12));
  }

  @Test
  void ndcg_nothingRelevant_isZero() {
    assertThat(Metrics.ndcg(List.of("d"), GRADE, new int[] {0, 0}, 10)).isZero();
  }

  @Test
  void reciprocalRank_firstExactHitAtThree_isOneThird() {
    assertThat(Metrics.reciprocalRank(List.of("b", "c", "a"), GRADE, 3, 10)).isEqualTo(1.0 / 3);
  }

  @Test
  void reciprocalRank_hitBeyondK_isZero() {
    assertThat(Metrics.reciprocalRank(List.of("b", "c", "a"), GRADE, 3, 2)).isZero();
  }

  @Test
  void recall_sharesOfReferenceTopK() {
    assertThat(Metrics.recall(List.of("a", "x", "b", "y"), List.of("a", "b", "c", "d"), 4))
        .isEqualTo(0.5);
    assertThat(Metrics.recall(List.of("b", "a"), List.of("a", "b", "c"), 2)).isEqualTo(1.0);
    assertThat(Metrics.recall(List.of(), List.of(), 10)).isEqualTo(1.0);
  }

  @Test
  void k_notPositive_isRejected() {
    assertThatThrownBy(() -> Metrics.recall(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k (0) must be positive");
  }

  /** Person p1 grades a 3, b 2; person p2 grades b 3. */
  private static final GradedTruth TRUTH =
      new GradedTruth() {
        @Override
        public List<Vacancy> offers() {
          return List.of();
        }

        @Override
        public int grade(String person, String offer) {
          return person.equals("p1") ? GRADE.applyAsInt(offer) : offer.equals("b") ? 3 : 0;
        }

        @Override
        public int[] grades(String person) {
          return person.equals("p1") ? ALL : new int[] {3, 0, 0, 0, 0};
        }
      };

  private static Candidate person(String id) {
    return Candidate.builder(
            id, Location.of(51.3, 9.5, "Kassel"), Residence.of(ResidenceStatus.RECOGNISED))
        .build();
  }

  @Test
  void means_averageOverPeople_missingRankingCountsAsEmpty() {
    List<Candidate> people = List.of(person("p1"), person("p2"));
    Map<String, List<String>> ranked =
        Map.of("p1", List.of("a", "b", "c"), "p2", List.of("a", "b"));
    double p2 = (7 / log2(3)) / 7;
    assertThat(Metrics.meanNdcg(people, ranked, TRUTH, 10)).isCloseTo((1 + p2) / 2, within(1e-12));
    assertThat(Metrics.meanReciprocalRank(people, ranked, TRUTH, 3, 10)).isEqualTo(0.75);
    assertThat(Metrics.meanNdcg(people, Map.of("p1", List.of("a", "b", "c")), TRUTH, 10))
        .isEqualTo(0.5);
    assertThat(Metrics.meanRecall(people, ranked, Map.of("p1", List.of("a", "x")), 10))
        .isEqualTo(0.75);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
