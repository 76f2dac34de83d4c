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

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancengeber.matcher.model.Readiness;

/**
 * Places a cohort: {@link #optimal} solves the assignment exactly as a min-cost flow, {@link
 * #greedy} takes the best remaining pair first (the usual manual practice, for comparison).
 */
public final class Placer {
  /** Scores count to a millionth; every placement is worth at least 1 so it beats no placement. */
  static final long SCALE = 1_000_000;

  private Placer() {}

  /**
   * Which pairs may be placed.
   *
   * @param objective what to maximise
   * @param readyNowOnly whether only READY_NOW pairs may be placed
   */
  public record Options(Objective objective, boolean readyNowOnly) {
    public static final Options DEFAULTS = new Options(Objective.TOTAL, false);

    /** Creates options, checking that the objective is not null. */
    public Options {
      requireNonNull(objective, "objective");
    }
  }

  /**
   * {@return the placement that maximises the objective over the problem's choices}
   *
   * @param problem the people, their choices and the places
   * @param options the objective and which pairs may be placed
   */
  public static Assignment optimal(PlacementProblem problem, Options options) {
    Indexed x = Indexed.of(problem, options.readyNowOnly());
    int[] placed =
        switch (options.objective()) {
          case TOTAL -> solve(x, Long.MIN_VALUE, 0);
          case FAIR -> fair(x);
        };
    List<Placement> out = new ArrayList<>(x.ids.length);
    for (int p = 0; p < x.ids.length; p++) {
      out.add(
          placed[p] >= 0
              ? Placement.placed(x.choiceOf(p, placed[p]))
              : Placement.unplaced(x.ids[p], x.reason(p)));
    }
    return Assignment.of(
        "optimal-" + options.objective().name().toLowerCase(java.util.Locale.ROOT), out, problem);
  }

  /**
   * Best pair first: all pairs by score (ties by person, then offer id), each taken while the
   * person is free and the offer has a place left.
   *
   * @param problem the people, their choices and the places
   * @param options the objective and which pairs may be placed
   * @return the greedy placement
   */
  public static Assignment greedy(PlacementProblem problem, Options options) {
    List<Choice> all = new ArrayList<>();
    for (List<Choice> cs : problem.people().values()) {
      for (Choice c : cs) {
        if (allowed(c, options.readyNowOnly())) {
          all.add(c);
        }
      }
    }
    all.sort(
        Comparator.comparingDouble(Choice::score)
            .reversed()
            .thenComparing(Choice::candidate)
            .thenComparing(Choice::vacancy));
    Map<String, Integer> left = new HashMap<>(problem.places());
    Map<String, Choice> taken = new HashMap<>();
    for (Choice c : all) {
      if (!taken.containsKey(c.candidate()) && left.get(c.vacancy()) > 0) {
        taken.put(c.candidate(), c);
        left.merge(c.vacancy(), -1, Integer::sum);
      }
    }
    List<Placement> out = new ArrayList<>();
    for (Map.Entry<String, List<Choice>> e : problem.people().entrySet()) {
      Choice c = taken.get(e.getKey());
      out.add(
          c != null
              ? Placement.placed(c)
              : Placement.unplaced(e.getKey(), reason(e.getValue(), options.readyNowOnly())));
    }
    return Assignment.of("greedy", out, problem);
  }

  static boolean allowed(Choice c, boolean readyNowOnly) {
    return !readyNowOnly || c.readiness() == Readiness.READY_NOW;
  }

  static Unplaced reason(List<Choice> choices, boolean readyNowOnly) {
    if (choices.isEmpty()) {
      return Unplaced.NO_OFFER;
    }
    if (choices.stream().noneMatch(c -> allowed(c, readyNowOnly))) {
      return Unplaced.NOT_READY_NOW;
    }
    return Unplaced.PLACES_TAKEN;
  }

  static long micro(double score) {
    return Math.round(score * SCALE) + 1;
  }

  /**
   * Maximum weight with edges of at least {@code threshold} micro-units; each edge weighs {@code
   * base} plus its micro-units (base 0: the total; a base above any total: people placed first).
   */
  private static int[] solve(Indexed x, long threshold, long base) {
    TransportFlow f = new TransportFlow(x.ids.length, x.capacity, x.edges);
    long max = 1;
    for (int p = 0; p < x.ids.length; p++) {
      for (int i = 0; i < x.offer[p].length; i++) {
        if (x.weight[p][i] >= threshold) {
          long w = base + x.weight[p][i];
          f.edge(p, x.offer[p][i], w);
          max = Math.max(max, w);
        }
      }
    }
    return f.solve(max);
  }

  /** The most people placed with edges of at least {@code threshold} micro-units. */
  private static int cardinality(Indexed x, long threshold) {
    MostPlaced f = new MostPlaced(x.ids.length, x.capacity, x.edges);
    for (int p = 0; p < x.ids.length; p++) {
      for (int i = 0; i < x.offer[p].length; i++) {
        if (x.weight[p][i] >= threshold) {
          f.edge(p, x.offer[p][i]);
        }
      }
    }
    return f.solve();
  }

  /**
   * Lexicographic: the most people placed; among those placements, the highest lowest score (binary
   * search over the distinct scores for the highest threshold that still places as many); then the
   * highest total above that threshold.
   */
  private static int[] fair(Indexed x) {
    int most = cardinality(x, Long.MIN_VALUE);
    long[] distinct =
        Arrays.stream(x.weight).flatMapToLong(Arrays::stream).distinct().sorted().toArray();
    long threshold = Long.MIN_VALUE;
    int lo = 0;
    int hi = distinct.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cardinality(x, distinct[mid]) == most) {
        threshold = distinct[mid];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    long base = (x.ids.length + 1L) * (SCALE + 2);
    return solve(x, threshold, base);
  }

  /** The problem as arrays: people and offers by index, weights in micro-units. */
  private static final class Indexed {
    final String[] ids;
    final List<List<Choice>> all;
    final List<List<Choice>> usable;
    final String[] offers;
    final int[] capacity;
    final int[][] offer;
    final long[][] weight;
    final int edges;
    final boolean readyNowOnly;

    private Indexed(PlacementProblem problem, boolean readyNowOnly) {
      this.readyNowOnly = readyNowOnly;
      offers = problem.places().keySet().toArray(String[]::new);
      Map<String, Integer> index = new HashMap<>();
      capacity = new int[offers.length];
      for (int i = 0; i < offers.length; i++) {
        index.put(offers[i], i);
        capacity[i] = problem.places().get(offers[i]);
      }
      int n = problem.people().size();
      ids = new String[n];
      all = new ArrayList<>(n);
      usable = new ArrayList<>(n);
      offer = new int[n][];
      weight = new long[n][];
      int p = 0;
      int e = 0;
      for (Map.Entry<String, List<Choice>> entry : problem.people().entrySet()) {
        ids[p] = entry.getKey();
        all.add(entry.getValue());
        List<Choice> ok = entry.getValue().stream().filter(c -> allowed(c, readyNowOnly)).toList();
        usable.add(ok);
        offer[p] = new int[ok.size()];
        weight[p] = new long[ok.size()];
        for (int i = 0; i < ok.size(); i++) {
          offer[p][i] = index.get(ok.get(i).vacancy());
          weight[p][i] = micro(ok.get(i).score());
        }
        e += ok.size();
        p++;
      }
      edges = e;
    }

    static Indexed of(PlacementProblem problem, boolean readyNowOnly) {
      return new Indexed(problem, readyNowOnly);
    }

    Choice choiceOf(int p, int o) {
      for (Choice c : usable.get(p)) {
        if (c.vacancy().equals(offers[o])) {
          return c;
        }
      }
      throw new IllegalStateException("placed in an offer not among the choices");
    }

    Unplaced reason(int p) {
      return Placer.reason(all.get(p), readyNowOnly);
    }
  }
}
