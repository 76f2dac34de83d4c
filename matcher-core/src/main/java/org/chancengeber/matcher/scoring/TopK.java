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
package org.chancengeber.matcher.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.chancengeber.matcher.model.Match;

/**
 * The best {@code k} of the pairs added so far, exactly; ties by id. Pairs come in pages (of one
 * person and many offers, or one offer and many people); each page is scored, sorted by upper bound
 * and decided in that order; with pruning, a pair whose upper bound (the score with no waiting
 * time) cannot beat the k-th score is not given to the rules and the planner. Not thread-safe.
 */
public final class TopK {
  private static final Comparator<Entry> BY_UPPER =
      Comparator.comparingDouble((Entry e) -> -e.upper).thenComparing(e -> e.tie);
  private static final Comparator<Entry> BY_SCORE =
      Comparator.comparingDouble((Entry e) -> -e.score).thenComparing(e -> e.tie);

  private final MatchScorer scorer;
  private final int k;
  private final LocalDate today;
  private final boolean prune;
  private final List<Entry> top;
  private final List<Entry> page = new ArrayList<>();
  private final ProfileCoverage coverage = new ProfileCoverage();

  TopK(MatchScorer scorer, int k, LocalDate today, boolean prune) {
    this.scorer = scorer;
    this.k = k;
    this.today = today;
    this.prune = prune;
    this.top = new ArrayList<>(k + 1);
  }

  /** Scores a page of offers for one person. */
  public void addVacancies(PreparedCandidate pc, Iterable<PreparedVacancy> offers) {
    double beat = beat();
    for (PreparedVacancy pv : offers) {
      Entry e = scorer.entry(pc, pv, pv.id(), today, beat, coverage);
      if (e != null) {
        page.add(e);
      }
    }
    decidePage();
  }

  /** Scores a page of people for one offer. */
  public void addCandidates(PreparedVacancy pv, Iterable<PreparedCandidate> people) {
    double beat = beat();
    for (PreparedCandidate pc : people) {
      Entry e = scorer.entry(pc, pv, pc.id(), today, beat, coverage);
      if (e != null) {
        page.add(e);
      }
    }
    decidePage();
  }

  /**
   * What a new pair's upper bound must reach to matter: with pruning and k pairs in, the k-th score
   * (a pair scoring just that can still win on its id); otherwise anything.
   */
  private double beat() {
    return prune ? kth() : Double.NEGATIVE_INFINITY;
  }

  private void decidePage() {
    double beat = beat();
    if (beat > Double.NEGATIVE_INFINITY) {
      page.removeIf(e -> e.upper < beat);
    }
    page.sort(BY_UPPER);
    for (Entry e : page) {
      if (prune && top.size() == k && e.upper < top.get(k - 1).score) {
        break;
      }
      if (!scorer.decide(e, today)) {
        continue;
      }
      int at = Collections.binarySearch(top, e, BY_SCORE);
      top.add(at < 0 ? -at - 1 : at, e);
      if (top.size() > k) {
        top.remove(k);
      }
    }
    page.clear();
  }

  /** Whether {@code k} pairs are in. */
  public boolean full() {
    return top.size() == k;
  }

  /** The k-th best score so far; negative infinity while fewer than {@code k} pairs are in. */
  public double kth() {
    return full() ? top.get(k - 1).score : Double.NEGATIVE_INFINITY;
  }

  /** The matches, best first, ranked from 1. */
  public List<Match> matches() {
    List<Match> out = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      out.add(scorer.match(top.get(i), i + 1, today));
    }
    return out;
  }
}
