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
 * from the stage whose unseen entries can score highest. Not thread-safe; close it to release the
 * snapshot.
 */
public final class Retrieval<T> implements AutoCloseable {
  /** Relative precision of Lucene's feature values (9 significant bits, truncated), with margin. */
  private static final double PRECISION = 1.0 / 128;

  private final LuceneStore<T> store;
  private final IndexSearcher searcher;
  private final Stage core;
  private final Stage rest;
  private final double slack;
  private final java.util.Set<Integer> seen = new java.util.HashSet<>();
  private int retrieved;
  private boolean closed;

  /** One query, paged with searchAfter. */
  private static final class Stage {
    final Query query;
    ScoreDoc after;
    double last;
    boolean done;

    Stage(Query query, double max) {
      this.query = query;
      this.last = max;
      this.done = query == null;
    }

    double bound() {
      return done ? Double.NEGATIVE_INFINITY : last;
    }
  }

  /**
   * @param core the entries sharing a weighted concept, or null when the query has none
   * @param rest every entry, scored by the clauses outside the core; or null when there is no
   *     second stage
   * @param restMax the highest score an entry of {@code rest} can have
   * @param slack what the query left out of the phase-one score (terms beyond the clause limit):
   *     added to the bound
   */
  Retrieval(
      LuceneStore<T> store,
      IndexSearcher searcher,
      Query core,
      Query rest,
      double restMax,
      double slack) {
    this.store = store;
    this.searcher = searcher;
    this.core = new Stage(core, Double.POSITIVE_INFINITY);
    this.rest = new Stage(rest, restMax);
    this.slack = slack;
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
    Stage stage = core.bound() >= rest.bound() ? core : rest;
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
   * {@code bound}, unless {@code max} entries were returned and more reach it.
   */
  public List<T> above(double bound, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max (" + max + ") must be positive");
    }
    if (closed) {
      throw new IllegalStateException("retrieval is closed");
    }
    // the raw Lucene score whose bound() is just below the one asked for
    double raw = (bound * (1 - 1e-6) - 1e-6) / (1 + PRECISION) - slack;
    float min = raw <= 0 ? 0 : (float) raw;
    List<ScoreDoc> fresh = new ArrayList<>();
    int capacity = max;
    try {
      for (Stage stage : new Stage[] {core, rest}) {
        if (capacity == 0) {
          break;
        }
        if (stage.done || stage.bound() < min) {
          continue;
        }
        int want = capacity + seen.size();
        // best first (score descending, doc ascending: searchAfter's order)
        List<ScoreDoc> hits = searcher.search(stage.query, AboveCollector.manager(min, want));
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
   * features and the left-out terms allowed for); negative infinity when every entry has been.
   */
  public double bound() {
    double b = Math.max(core.bound(), rest.bound());
    if (b == Double.NEGATIVE_INFINITY) {
      return b;
    }
    return (b + slack) * (1 + PRECISION) + 1e-6;
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
