package org.chancengeber.matcher.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
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

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
