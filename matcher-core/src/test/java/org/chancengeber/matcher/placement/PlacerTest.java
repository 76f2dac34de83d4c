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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.chancengeber.matcher.model.Readiness;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class PlacerTest {
  private static final Placer.Options TOTAL = new Placer.Options(Objective.TOTAL, false);
  private static final Placer.Options FAIR = new Placer.Options(Objective.FAIR, false);

  /** A builder of small problems: person(id, "offer:score", ...) with ranks in the given order. */
  private static final class Cohort {
    final PlacementProblem.Builder b = PlacementProblem.builder();

    Cohort person(String id, String... choices) {
      return person(id, Readiness.READY_NOW, choices);
    }

    Cohort person(String id, Readiness readiness, String... choices) {
      List<Choice> cs = new ArrayList<>();
      for (int i = 0; i < choices.length; i++) {
        String[] parts = choices[i].split(":");
        cs.add(new Choice(id, parts[0], Double.parseDouble(parts[1]), readiness, 0, i + 1));
      }
      b.person(id, cs);
      return this;
    }

    Cohort places(String offer, int n) {
      b.places(offer, n);
      return this;
    }

    PlacementProblem build() {
      return b.build();
    }
  }

  /** People a and b, offers o1 and o2 with one place each. */
  private static PlacementProblem twoForTwo(String[] a, String... b) {
    return new Cohort().person("a", a).person("b", b).places("o1", 1).places("o2", 1).build();
  }

  private static Map<String, String> where(Assignment a) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (Placement p : a.placements()) {
      m.put(p.candidate(), p.choice().map(Choice::vacancy).orElse(null));
    }
    return m;
  }

  @Test
  void optimal_whenGreedyTakesTheBestPair_movesThatPersonToTheirSecondOffer() {
    PlacementProblem p = twoForTwo(new String[] {"o1:0.9", "o2:0.8"}, "o1:0.85");

    Assignment greedy = Placer.greedy(p, TOTAL);
    Assignment optimal = Placer.optimal(p, TOTAL);

    assertThat(where(greedy)).containsEntry("a", "o1").containsEntry("b", null);
    assertThat(greedy.summary().totalScore()).isEqualTo(0.9);
    assertThat(where(optimal)).containsEntry("a", "o2").containsEntry("b", "o1");
    assertThat(optimal.summary().totalScore())
        .isCloseTo(1.65, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(optimal.summary().placed()).isEqualTo(2);
    assertThat(optimal.placements().get(0).choice().orElseThrow().rank()).isEqualTo(2);
  }

  @Test
  void fair_whenTheTotalLeavesSomeoneOut_placesEveryoneAtALowerTotal() {
    PlacementProblem p = twoForTwo(new String[] {"o1:1.0", "o2:0.1"}, "o1:0.5");

    Assignment total = Placer.optimal(p, TOTAL);
    Assignment fair = Placer.optimal(p, FAIR);

    assertThat(where(total)).containsEntry("a", "o1").containsEntry("b", null);
    assertThat(total.placements().get(1).reason()).contains(Unplaced.PLACES_TAKEN);
    assertThat(where(fair)).containsEntry("a", "o2").containsEntry("b", "o1");
    assertThat(fair.method()).isEqualTo("optimal-fair");
  }

  @Test
  void fair_amongPlacementsOfEqualSize_raisesTheWorstOffScore() {
    // both place two people; the total prefers 0.9 + 0.3, the fair one 0.6 + 0.55
    PlacementProblem p = twoForTwo(new String[] {"o1:0.9", "o2:0.6"}, "o2:0.3", "o1:0.55");

    assertThat(where(Placer.optimal(p, TOTAL))).containsEntry("a", "o1").containsEntry("b", "o2");
    Assignment fair = Placer.optimal(p, FAIR);
    assertThat(where(fair)).containsEntry("a", "o2").containsEntry("b", "o1");
    assertThat(fair.summary().worstScore()).isEqualTo(0.55);
  }

  @Test
  void optimal_fiftyCooksForTwoPlaces_fillsEveryPlaceOnceWithTheBest() {
    Cohort c = new Cohort().places("cook", 2).places("helper", 10);
    for (int i = 0; i < 50; i++) {
      String id = String.format("c-%02d", i);
      if (i % 2 == 0) {
        c.person(id, "cook:" + (0.5 + i / 100.0), "helper:0.3");
      } else {
        c.person(id, "cook:" + (0.5 + i / 100.0));
      }
    }
    Assignment a = Placer.optimal(c.build(), TOTAL);

    assertThat(a.filled()).containsEntry("cook", 2).containsEntry("helper", 10);
    // the two best cooks get the kitchen; the helper places are full anyway, so c-48's
    // alternative does not make room for c-47
    assertThat(where(a)).containsEntry("c-49", "cook").containsEntry("c-48", "cook");
    assertThat(a.summary().placed()).isEqualTo(12);
    assertThat(a.summary().unplaced()).containsEntry(Unplaced.PLACES_TAKEN, 38);
  }

  @Test
  void optimal_readyNowOnly_leavesPeopleWithOnlyLaterOffersOutWithThatReason() {
    PlacementProblem p =
        new Cohort()
            .person("a", "o1:0.9")
            .person("b", Readiness.REACHABLE, "o2:0.8")
            .person("c")
            .places("o1", 1)
            .places("o2", 1)
            .build();

    Assignment a = Placer.optimal(p, new Placer.Options(Objective.TOTAL, true));

    assertThat(where(a)).containsEntry("a", "o1").containsEntry("b", null).containsEntry("c", null);
    assertThat(a.placements().get(1).reason()).contains(Unplaced.NOT_READY_NOW);
    assertThat(a.placements().get(2).reason()).contains(Unplaced.NO_OFFER);
    assertThat(
            Placer.greedy(p, new Placer.Options(Objective.TOTAL, true))
                .placements()
                .get(1)
                .reason())
        .contains(Unplaced.NOT_READY_NOW);
  }

  @Test
  void builder_choiceOfAnotherPerson_isRefused() {
    PlacementProblem.Builder b = PlacementProblem.builder();
    assertThatThrownBy(
            () -> b.person("a", List.of(new Choice("b", "o", 0.5, Readiness.READY_NOW, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given for a");
    b.person("a", List.of(new Choice("a", "o", 0.5, Readiness.READY_NOW, 0, 1)));
    assertThatThrownBy(b::build).hasMessageContaining("no places given for offer o");
  }

  // --- property-style: random small instances against brute force --------------------------

  private static PlacementProblem random(Random r, int people, int offers) {
    Cohort c = new Cohort();
    for (int o = 0; o < offers; o++) {
      c.places("o" + o, r.nextInt(3));
    }
    for (int p = 0; p < people; p++) {
      int k = r.nextInt(Math.min(3, offers) + 1);
      List<Integer> os = new ArrayList<>();
      for (int o = 0; o < offers; o++) {
        os.add(o);
      }
      java.util.Collections.shuffle(os, r);
      String[] choices = new String[k];
      for (int i = 0; i < k; i++) {
        // coarse scores make ties frequent
        choices[i] = "o" + os.get(i) + ":" + (r.nextInt(11) / 10.0);
      }
      c.person("p" + p, r.nextBoolean() ? Readiness.READY_NOW : Readiness.REACHABLE, choices);
    }
    return c.build();
  }

  /** (placed, worst weight, total weight) of the best placement for the objective, by search. */
  private static long[] brute(PlacementProblem problem, Objective objective, boolean readyNow) {
    List<List<Choice>> people = new ArrayList<>(problem.people().values());
    Map<String, Integer> left = new HashMap<>(problem.places());
    long[][] best = {null};
    search(people, 0, left, 0, Long.MAX_VALUE, 0, objective, readyNow, best);
    return best[0];
  }

  private static void search(
      List<List<Choice>> people,
      int i,
      Map<String, Integer> left,
      long placed,
      long worst,
      long total,
      Objective objective,
      boolean readyNow,
      long[][] best) {
    if (i == people.size()) {
      long[] v = {placed, placed == 0 ? 0 : worst, total};
      if (best[0] == null || better(v, best[0], objective)) {
        best[0] = v;
      }
      return;
    }
    search(people, i + 1, left, placed, worst, total, objective, readyNow, best);
    for (Choice c : people.get(i)) {
      if (Placer.allowed(c, readyNow) && left.get(c.vacancy()) > 0) {
        left.merge(c.vacancy(), -1, Integer::sum);
        long w = Placer.micro(c.score());
        search(
            people,
            i + 1,
            left,
            placed + 1,
            Math.min(worst, w),
            total + w,
            objective,
            readyNow,
            best);
        left.merge(c.vacancy(), 1, Integer::sum);
      }
    }
  }

  private static boolean better(long[] a, long[] b, Objective objective) {
    if (objective == Objective.TOTAL) {
      return a[2] > b[2];
    }
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return a[i] > b[i];
      }
    }
    return false;
  }

  private static long[] value(Assignment a) {
    long placed = 0;
    long worst = Long.MAX_VALUE;
    long total = 0;
    for (Placement p : a.placements()) {
      if (p.choice().isPresent()) {
        long w = Placer.micro(p.choice().get().score());
        placed++;
        worst = Math.min(worst, w);
        total += w;
      }
    }
    return new long[] {placed, placed == 0 ? 0 : worst, total};
  }

  private static void assertFeasible(PlacementProblem problem, Assignment a, boolean readyNow) {
    assertThat(a.placements()).hasSize(problem.people().size());
    a.filled().forEach((o, n) -> assertThat(n).as(o).isLessThanOrEqualTo(problem.places().get(o)));
    for (Placement p : a.placements()) {
      List<Choice> own = problem.people().get(p.candidate());
      p.choice()
          .ifPresent(
              c -> {
                assertThat(own).contains(c);
                assertThat(Placer.allowed(c, readyNow)).isTrue();
              });
    }
  }

  @Test
  void optimal_onRandomSmallCohorts_equalsBruteForceAndBeatsOrTiesGreedy() {
    Random r = new Random(13);
    for (int round = 0; round < 400; round++) {
      PlacementProblem p = random(r, 1 + r.nextInt(7), 1 + r.nextInt(4));
      for (boolean readyNow : new boolean[] {false, true}) {
        for (Objective objective : Objective.values()) {
          Placer.Options o = new Placer.Options(objective, readyNow);
          Assignment optimal = Placer.optimal(p, o);
          assertFeasible(p, optimal, readyNow);
          long[] expected = brute(p, objective, readyNow);
          long[] got = value(optimal);
          if (objective == Objective.TOTAL) {
            assertThat(got[2]).as("round %d total", round).isEqualTo(expected[2]);
          } else {
            assertThat(got).as("round %d fair", round).containsExactly(expected);
          }
          Assignment greedy = Placer.greedy(p, o);
          assertFeasible(p, greedy, readyNow);
          if (objective == Objective.TOTAL) {
            assertThat(got[2]).isGreaterThanOrEqualTo(value(greedy)[2]);
          } else {
            assertThat(got[0]).isGreaterThanOrEqualTo(value(greedy)[0]);
          }
        }
      }
    }
  }

  @Test
  void optimal_onRandomLargerCohorts_equalsJGraphTMinimumCostFlow() {
    Random r = new Random(7);
    for (int round = 0; round < 10; round++) {
      int people = 200 + r.nextInt(100);
      int offers = 40 + r.nextInt(40);
      Cohort c = new Cohort();
      for (int o = 0; o < offers; o++) {
        c.places("o" + o, 1 + r.nextInt(4));
      }
      for (int p = 0; p < people; p++) {
        java.util.Set<Integer> os = new java.util.LinkedHashSet<>();
        int k = 1 + r.nextInt(6);
        while (os.size() < k) {
          // popular offers: most people want the first few
          os.add((int) Math.min(offers - 1, Math.abs(r.nextGaussian()) * offers / 5));
        }
        c.person(
            p + "",
            os.stream().map(o -> "o" + o + ":" + r.nextInt(1001) / 1000.0).toArray(String[]::new));
      }
      PlacementProblem p = c.build();
      Assignment a = Placer.optimal(p, TOTAL);
      assertFeasible(p, a, false);
      assertThat(value(a)[2]).as("round %d", round).isEqualTo(jgrapht(p));
      assertThat(a.summary().totalScore())
          .isGreaterThanOrEqualTo(Placer.greedy(p, TOTAL).summary().totalScore());
    }
  }

  /** The maximum total weight by JGraphT's capacity-scaling min-cost flow. */
  private static long jgrapht(PlacementProblem p) {
    var g =
        new DefaultDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
    Map<DefaultWeightedEdge, Integer> cap = new HashMap<>();
    g.addVertex("sink");
    p.places()
        .forEach(
            (o, n) -> {
              g.addVertex("o:" + o);
              var e = g.addEdge("o:" + o, "sink");
              g.setEdgeWeight(e, 0);
              cap.put(e, n);
            });
    p.people()
        .forEach(
            (id, cs) -> {
              g.addVertex("p:" + id);
              var out = g.addEdge("p:" + id, "sink");
              g.setEdgeWeight(out, 0);
              cap.put(out, 1);
              for (Choice c : cs) {
                var e = g.addEdge("p:" + id, "o:" + c.vacancy());
                g.setEdgeWeight(e, -Placer.micro(c.score()));
                cap.put(e, 1);
              }
            });
    int n = p.people().size();
    var problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<String, DefaultWeightedEdge>(
            g, v -> v.startsWith("p:") ? 1 : v.equals("sink") ? -n : 0, cap::get);
    return Math.round(
        -new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
            .getMinimumCostFlow(problem)
            .getCost());
  }

  @Test
  void optimal_sameProblemTwice_givesTheSamePlacement() {
    PlacementProblem p = random(new Random(5), 7, 4);
    assertThat(Placer.optimal(p, FAIR)).isEqualTo(Placer.optimal(p, FAIR));
    assertThat(Optional.of(Placer.optimal(p, TOTAL).placements()))
        .isEqualTo(Optional.of(Placer.optimal(p, TOTAL).placements()));
  }

  @Test
  void unplaced_everyReason_rendersInEnglishAndGerman() {
    for (Unplaced u : Unplaced.values()) {
      String en = u.message().render(java.util.Locale.ENGLISH);
      String de = u.message().render(java.util.Locale.GERMAN);
      assertThat(en).doesNotStartWith("placement.");
      assertThat(de).doesNotStartWith("placement.").isNotEqualTo(en);
    }
  }
}
