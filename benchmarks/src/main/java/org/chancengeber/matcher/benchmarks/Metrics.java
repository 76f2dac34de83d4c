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

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.chancengeber.matcher.model.Candidate;

/**
 * Ranking-quality measures over graded relevance (grades 0..3, higher is more relevant).
 *
 * <p>NDCG uses the exponential gain {@code 2^grade - 1} and the discount {@code log2(rank + 1)};
 * the ideal ranking is every judged item sorted by grade, so an engine that leaves a relevant offer
 * out of its top {@code k} loses the credit for it.
 */
final class Metrics {
  private Metrics() {}

  /**
   * Normalised discounted cumulative gain of the first {@code k} of {@code ranked}.
   *
   * @param ranked item ids in ranked order (may be shorter than {@code k})
   * @param grade the grade of an id
   * @param allGrades the grades of every item that could have been ranked (for the ideal ranking)
   * @return in [0, 1]; 0 when no item has a positive grade
   */
  static double ndcg(List<String> ranked, ToIntFunction<String> grade, int[] allGrades, int k) {
    requirePositive(k);
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grade.applyAsInt(ranked.get(i))) / log2(i + 2);
    }
    int[] ideal = allGrades.clone();
    java.util.Arrays.sort(ideal);
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.length); i++) {
      idcg += gain(ideal[ideal.length - 1 - i]) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * Reciprocal rank of the first of the first {@code k} ids whose grade is at least {@code
   * minGrade}; 0 when there is none.
   */
  static double reciprocalRank(
      List<String> ranked, ToIntFunction<String> grade, int minGrade, int k) {
    requirePositive(k);
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grade.applyAsInt(ranked.get(i)) >= minGrade) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Share of the reference's first {@code k} ids that {@code ranked} also has in its first {@code
   * k}: recall@k of an approximate ranking against the exact one. 1 when the reference is empty.
   */
  static double recall(List<String> ranked, List<String> reference, int k) {
    requirePositive(k);
    List<String> want = reference.subList(0, Math.min(k, reference.size()));
    if (want.isEmpty()) {
      return 1;
    }
    Set<String> got = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
    long found = want.stream().filter(got::contains).count();
    return (double) found / want.size();
  }

  /** Mean NDCG@k over {@code people} of their rankings (person id → offer ids) on {@code truth}. */
  static double meanNdcg(
      List<Candidate> people, Map<String, List<String>> rankings, GradedTruth truth, int k) {
    return mean(
        people,
        p -> ndcg(ranking(rankings, p), o -> truth.grade(p.id(), o), truth.grades(p.id()), k));
  }

  /** Mean reciprocal rank within the top k of the first offer graded at least {@code minGrade}. */
  static double meanReciprocalRank(
      List<Candidate> people,
      Map<String, List<String>> rankings,
      GradedTruth truth,
      int minGrade,
      int k) {
    return mean(
        people,
        p -> reciprocalRank(ranking(rankings, p), o -> truth.grade(p.id(), o), minGrade, k));
  }

  /** Mean recall@k over {@code people} of {@code rankings} against {@code reference}. */
  static double meanRecall(
      List<Candidate> people,
      Map<String, List<String>> rankings,
      Map<String, List<String>> reference,
      int k) {
    return mean(people, p -> recall(ranking(rankings, p), ranking(reference, p), k));
  }

  private static List<String> ranking(Map<String, List<String>> rankings, Candidate person) {
    return rankings.getOrDefault(person.id(), List.of());
  }

  private static double mean(List<Candidate> people, ToDoubleFunction<Candidate> value) {
    return people.stream().mapToDouble(value).average().orElse(0);
  }

  private static double gain(int grade) {
    if (grade < 0) {
      throw new IllegalArgumentException("grade (" + grade + ") must not be negative");
    }
    return Math.pow(2, grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private static void requirePositive(int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k (" + k + ") must be positive");
    }
  }
}
