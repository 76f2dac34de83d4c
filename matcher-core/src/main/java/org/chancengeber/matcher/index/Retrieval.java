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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Phase one of a ranking, page by page, on one snapshot of an index, with a bound on what is left:
 * {@link #bound()} is at least the phase-one score of every entry not yet returned. Phase-one
 * scores are upper bounds of what the exact scorer can give, apart from the factors the query does
 * not carry; so once the k-th exact score beats {@code bound()} plus those factors' largest weight,
 * nothing unseen can reach the top k and the caller stops.
 *
 * <p>Two stages: the <em>core</em> query matches the entries that share a weighted concept (skill
 * or occupation) with the query; the <em>rest</em> query other entries, or the same ones scored
 * another way (offers that teach, by their floor of fit), whose score cannot exceed a known maximum
 * (the weights of the clauses they can match). What an unseen entry can get is at most the larger
 * of its two stage scores, so the bound is the larger of the two stages' bounds. Each page comes
 * from the stage whose unseen entries can score highest. The core carries a limited number of
 * terms; those left out add at most the heaviest of them per field (the <em>slack</em>) to its
 * entries, and to the rest's where the rest stands for them.
 *
 * <p>Where the core can also be read with the logistics an entry allows ({@link
 * #aboveByLogistics}), a pass that finds every core entry that can still enter the top k closes the
 * core: after it, {@link #bound()} is the rest's alone, and speaks for the entries that can still
 * matter. Not thread-safe; close it to release the snapshot.
 */
public final class Retrieval<T> implements AutoCloseable {
  /** Relative precision of Lucene's feature values (9 significant bits, truncated), with margin. */
  private static final double PRECISION = 1.0 / 128;

  private final LuceneStore<T> store;
  private final IndexSearcher searcher;
  private final Stage core;
  private final java.util.function.DoubleFunction<Query> completeCore;
  private final Stage rest;
  private final double slack;
  private final boolean restBoundsCore;
  private boolean coreClosed;
  private final java.util.Set<Integer> seen = new java.util.HashSet<>();
  private int retrieved;
  private boolean closed;

  /**
   * One query, paged with searchAfter. Lucene's score of an entry falls short of the weighted sum
   * only in its feature clauses (a feature keeps 9 significant bits, truncated; a distance is
   * computed from encoded points): by at most {@link #PRECISION} of what those clauses add. Where
   * that is bounded ({@code approx}, the most the feature clauses can add), the margin is {@code
   * PRECISION × approx}; otherwise {@code PRECISION} of the whole score.
   */
  private static final class Stage {
    final Query query;
    final double approx;
    ScoreDoc after;
    double last;
    boolean done;

    Stage(Query query, double max, double approx) {
      this.query = query;
      this.approx = approx;
      this.last = max;
      this.done = query == null;
    }

    /** At least the weighted sum of every entry not yet returned; −∞ when done. */
    double bound(double slack) {
      if (done) {
        return Double.NEGATIVE_INFINITY;
      }
      return Double.isInfinite(approx)
          ? (last + slack) * (1 + PRECISION) + 1e-6
          : last + slack + PRECISION * approx + 1e-6;
    }

    /** The raw Lucene score whose {@link #bound} is just below {@code bound}; at least 0. */
    float raw(double bound, double slack) {
      double b = bound * (1 - 1e-6) - 1e-6;
      double raw =
          Double.isInfinite(approx) ? b / (1 + PRECISION) - slack : b - slack - PRECISION * approx;
      return raw <= 0 ? 0 : (float) raw;
    }
  }

  /**
   * @param core the entries sharing a weighted concept, or null when the query has none
   * @param completeCore the core with the terms it left out bounded per entry (so that its score
   *     needs no slack) and, for a fit an entry needs above 0, the logistics clauses: {@code need
   *     ×} at least the entry's logistics scale (see {@link #aboveByLogistics}); null when there is
   *     none (then {@code rest} must stand for the core's entries)
   * @param rest every entry, scored by the clauses outside the core; or null when there is no
   *     second stage
   * @param restMax the highest score an entry of {@code rest} can have
   * @param restApprox the most the feature clauses of {@code rest} can add to an entry's score;
   *     infinite when not known (then the margin is relative to the whole score)
   * @param restBoundsCore whether {@code rest}'s scores stand for the core's entries too (their
   *     clauses outside the core), so that the terms the core left out count there as well; false
   *     when {@code rest} scores another part of the exact score (the floor of offers that teach)
   * @param slack what the query left out of the phase-one score (terms beyond the clause limit):
   *     added to the bound
   */
  Retrieval(
      LuceneStore<T> store,
      IndexSearcher searcher,
      Query core,
      java.util.function.DoubleFunction<Query> completeCore,
      Query rest,
      double restMax,
      double restApprox,
      boolean restBoundsCore,
      double slack) {
    this.store = store;
    this.searcher = searcher;
    this.core = new Stage(core, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.completeCore = core == null ? null : completeCore;
    this.rest = new Stage(rest, restMax, restApprox);
    this.slack = slack;
    this.restBoundsCore = restBoundsCore;
  }

  /**
   * The next page: the entries among the next {@code n} hits of the more promising stage that were
   * not returned before, in no particular order. It can be empty while entries are left (when the
   * rest stage finds only core entries); {@link #bound()} says whether any is.
   */
  public List<T> next(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n (" + n + ") must be positive");
    }
    if (closed) {
      throw new IllegalStateException("retrieval is closed");
    }
    Stage stage = coreBound() >= restBound() ? core : rest;
    if (stage == core && core.done && coreBound() > Double.NEGATIVE_INFINITY) {
      // the core's pages are done; what is left of it matches only terms it left out
      return complete(0, 0, n);
    }
    if (stage.done) {
      return List.of();
    }
    try {
      // hit counts are not needed: prune from the n-th hit on (Lucene's default counts 1,000)
      ScoreDoc[] hits =
          searcher.search(stage.query, new TopScoreDocCollectorManager(n, stage.after, n))
              .scoreDocs;
      if (hits.length < n) {
        stage.done = true;
      } else {
        stage.after = hits[hits.length - 1];
        stage.last = stage.after.score;
      }
      int fresh = 0;
      for (ScoreDoc h : hits) {
        if (seen.add(h.doc)) {
          hits[fresh++] = h;
        }
      }
      List<T> out = store.entries(searcher, java.util.Arrays.copyOf(hits, fresh));
      retrieved += out.size();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * Every entry not yet returned whose phase-one score may reach {@code bound} (in the units of
   * {@link #bound()}), at most {@code max} of them (the best), in one pass per stage: Lucene prunes
   * with that score as its minimum from the first document on. Afterwards {@link #bound()} is below
   * {@code bound}, unless {@code max} entries were returned and more reach it. Once the core's
   * pages are done, what is left of it (entries that match only terms the core left out) is read
   * with those terms, where the index gave them ({@code completeCore}).
   */
  public List<T> above(double bound, int max) {
    return above(bound, max, false);
  }

  /**
   * As {@link #above}, for a caller whose top k is full, with {@code need} the fit an entry must
   * exceed to enter it: the k-th exact score ÷ the person's sureness scale, at least the least fit
   * of a match. The core is read with the logistics bound times {@code need} added, and an entry is
   * returned when its terms plus that reach {@code 2 × need}: for a fit {@code x ≥ need} and a
   * logistics scale {@code y ≤ 1}, {@code x × y ≤ x + need × y − need}, so an entry below that
   * cannot exceed {@code need}, however high its terms; offers of one fit are ordered by their
   * logistics here rather than one by one by the exact scorer. When the pass returns every such
   * entry, the core is closed: no unseen entry of it can enter the top k, now or (as the k-th score
   * only rises) later, and {@link #bound()} is the rest's alone. The rest is read as by {@link
   * #above}. Without logistics clauses, the same as {@link #above}.
   */
  public List<T> aboveByLogistics(double need, int max) {
    return above(need, max, completeCore != null);
  }

  /** {@link #completeHits} as entries, counted as retrieved. */
  private List<T> complete(double need, double bound, int max) {
    try {
      List<ScoreDoc> hits = completeHits(need, bound, max);
      List<T> out = store.entries(searcher, hits.toArray(new ScoreDoc[0]));
      retrieved += out.size();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * The best {@code max} core entries not yet returned whose complete score (with the logistics
   * clauses for {@code need}, none for 0) may reach {@code bound}, marked seen; when there are no
   * more, the core is closed. The core's own pages are untouched.
   */
  private List<ScoreDoc> completeHits(double need, double bound, int max) throws IOException {
    int want = max + seen.size();
    // best first (score descending, doc ascending); no slack: the left-out terms are in the query
    List<ScoreDoc> hits =
        searcher.search(completeCore.apply(need), AboveCollector.manager(core.raw(bound, 0), want));
    List<ScoreDoc> fresh = new ArrayList<>();
    boolean cut = false;
    for (ScoreDoc h : hits) {
      if (seen.contains(h.doc)) {
        continue;
      }
      if (fresh.size() == max) {
        cut = true;
        break;
      }
      seen.add(h.doc);
      fresh.add(h);
    }
    if (!cut && hits.size() < want) {
      coreClosed = true;
    }
    return fresh;
  }

  private List<T> above(double bound, int max, boolean byLogistics) {
    if (max < 1) {
      throw new IllegalArgumentException("max (" + max + ") must be positive");
    }
    if (closed) {
      throw new IllegalStateException("retrieval is closed");
    }
    List<ScoreDoc> fresh = new ArrayList<>();
    int capacity = max;
    try {
      for (Stage stage : new Stage[] {core, rest}) {
        if (capacity == 0) {
          break;
        }
        if (stage == core && completeCore != null && (byLogistics || core.done)) {
          if (!coreClosed && (byLogistics || coreBound() >= bound)) {
            List<ScoreDoc> got =
                byLogistics
                    ? completeHits(bound, 2 * bound, capacity)
                    : completeHits(0, bound, capacity);
            fresh.addAll(got);
            capacity -= got.size();
          }
          continue;
        }
        double stageSlack = stage == core ? slack : restSlack();
        if (stage.done || stage.bound(stageSlack) < bound) {
          continue;
        }
        // the raw Lucene score whose bound is just below the one asked for
        float min = stage.raw(bound, stageSlack);
        int want = capacity + seen.size();
        Query query = stage.query;
        // best first (score descending, doc ascending: searchAfter's order)
        List<ScoreDoc> hits = searcher.search(query, AboveCollector.manager(min, want));
        ScoreDoc kept = null;
        ScoreDoc cut = null;
        for (ScoreDoc h : hits) {
          if (seen.contains(h.doc)) {
            continue;
          }
          if (capacity == 0) {
            cut = h;
            break;
          }
          seen.add(h.doc);
          fresh.add(h);
          kept = h;
          capacity--;
        }
        if (cut != null) {
          stage.after = kept;
          stage.last = cut.score;
        } else if (hits.size() == want) {
          stage.after = hits.get(hits.size() - 1);
          stage.last = stage.after.score;
        } else if (min <= 0) {
          stage.done = true;
        } else {
          // everything left scores below min
          stage.after = new ScoreDoc(Integer.MAX_VALUE, min);
          stage.last = Math.nextDown(min);
        }
      }
      List<T> out = store.entries(searcher, fresh.toArray(new ScoreDoc[0]));
      retrieved += out.size();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * At least the phase-one score of every entry not yet returned (with the precision of the stored
   * features and the left-out terms allowed for), leaving out a core closed by a complete pass;
   * negative infinity when every entry has been returned or closed out.
   */
  public double bound() {
    return Math.max(coreBound(), restBound());
  }

  /**
   * At least the core score of every core entry not yet returned, the terms it left out allowed
   * for: while its pages last, the next page's; after them, those terms' weight alone (an entry
   * that matches only left-out terms is in no page), until a complete pass closes the core.
   */
  private double coreBound() {
    if (coreClosed) {
      return Double.NEGATIVE_INFINITY;
    }
    if (core.done) {
      return completeCore != null && slack > 0
          ? slack * (1 + PRECISION) + 1e-6
          : Double.NEGATIVE_INFINITY;
    }
    return core.bound(slack);
  }

  private double restBound() {
    return rest.bound(restSlack());
  }

  /** The terms the core left out, as far as the rest must allow for them. */
  private double restSlack() {
    return restBoundsCore ? slack : 0;
  }

  /** Entries returned so far. */
  public int retrieved() {
    return retrieved;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      store.release(searcher);
    }
  }
}
