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
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Phase one of a ranking, window by window, on one snapshot of an index, with a bound on what is
 * left: {@link #bound()} is at least the phase-one score of every entry not yet returned. Phase-one
 * scores are upper bounds of what the exact scorer can give, apart from the factors the query does
 * not carry; so once the k-th exact score beats {@code bound()} plus those factors' largest weight,
 * nothing unseen can reach the top k and the caller stops.
 *
 * <p>Two stages: the <em>core</em> query matches the entries that share a weighted concept (skill
 * or occupation) with the query; the <em>rest</em> query the other entries that pass the filters,
 * whose score cannot exceed a known maximum (the weights of the clauses they can match); its pass
 * comes after the core's, and only while its maximum can still matter. Not thread-safe; close it to
 * release the snapshot.
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

  /** One query, scored window by window in one pass. */
  private static final class Stage {
    final Query query;
    double last;
    boolean done;

    /** The pass under way: its weight, leaf, bulk scorer and next document; null when none. */
    Weight weight;

    int leaf;
    BulkScorer bulk;
    int next;

    /** The highest score of a document the pass scanned and did not return; -1 when none. */
    float passed = -1;

    Stage(Query query, double max) {
      this.query = query;
      this.last = max;
      this.done = query == null;
    }

    double bound() {
      return done ? Double.NEGATIVE_INFINITY : last;
    }
  }

  /** Documents the first window of a pass scans; later windows adapt to the hits they find. */
  private static final int FIRST_WINDOW = 1 << 12;

  private static final int MAX_WINDOW = 1 << 20;

  /** Highest score first; among equal scores the lowest doc id first. */
  private static final Comparator<ScoreDoc> BEST_FIRST =
      Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

  private int window = FIRST_WINDOW;

  /**
   * @param core the entries sharing a weighted concept, or null when the query has none
   * @param rest every entry, scored by the clauses outside the core
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
   * The next window of documents of one pass over the index (the core stage's, then the rest's
   * while it can reach {@code bound}): every entry in it not returned before whose phase-one score
   * may reach {@code bound}, at most {@code max} of them (the best), in no particular order. The
   * caller raises {@code bound} from window to window as its k-th exact score rises, and Lucene
   * prunes with it from the next window on; so one pass over the index does what a first page and a
   * pass above its k-th score did. A window scans about as many documents as it takes to find
   * {@code depth} hits. {@link #bound()} stays at the stage's maximum until its pass is complete,
   * then drops below every document the pass scanned and did not return.
   */
  public List<T> window(double bound, int max, int depth) {
    if (max < 1 || depth < 1) {
      throw new IllegalArgumentException(
          "max (" + max + ") and depth (" + depth + ") must be positive");
    }
    if (closed) {
      throw new IllegalStateException("retrieval is closed");
    }
    float min = raw(bound);
    Stage stage = null;
    for (Stage s : new Stage[] {core, rest}) {
      if (!s.done && s.bound() >= min) {
        stage = s;
        break;
      }
    }
    if (stage == null) {
      return List.of();
    }
    try {
      List<ScoreDoc> hits = new ArrayList<>();
      if (!scan(stage, min, hits)) {
        // the pass is complete: what it did not return scored below the bars it was given
        stage.done = stage.passed < 0;
        stage.last = stage.passed;
        stage.weight = null;
        stage.passed = -1;
      }
      List<ScoreDoc> fresh = new ArrayList<>(hits.size());
      for (ScoreDoc h : hits) {
        if (!seen.contains(h.doc)) {
          fresh.add(h);
        }
      }
      if (fresh.size() > max) {
        fresh.sort(BEST_FIRST);
        // the rest of the window is not returned: the stage's bound must stay at least theirs
        float cut = fresh.get(max).score;
        fresh = new ArrayList<>(fresh.subList(0, max));
        stage.passed = Math.max(stage.passed, cut);
        stage.last = Math.max(stage.last == Double.NEGATIVE_INFINITY ? cut : stage.last, cut);
        stage.done = false;
      }
      for (ScoreDoc h : fresh) {
        seen.add(h.doc);
      }
      window =
          hits.size() < depth
              ? Math.min(MAX_WINDOW, window * 2)
              : hits.size() > 4 * depth ? Math.max(FIRST_WINDOW, window / 2) : window;
      List<T> out = store.entries(searcher, fresh.toArray(new ScoreDoc[0]));
      retrieved += out.size();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * Scans the next window of {@code stage}'s pass (starting one when none is under way) for hits
   * scoring at least {@code min}; false when the pass had nothing left to scan.
   */
  private boolean scan(Stage stage, float min, List<ScoreDoc> hits) throws IOException {
    if (stage.weight == null) {
      stage.weight = searcher.createWeight(searcher.rewrite(stage.query), ScoreMode.TOP_SCORES, 1f);
      stage.leaf = 0;
      stage.bulk = null;
      stage.next = 0;
      stage.passed = -1;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    while (stage.leaf < leaves.size()) {
      LeafReaderContext ctx = leaves.get(stage.leaf);
      int maxDoc = ctx.reader().maxDoc();
      if (stage.bulk == null) {
        ScorerSupplier supplier = stage.weight.scorerSupplier(ctx);
        if (supplier == null) {
          stage.leaf++;
          continue;
        }
        stage.bulk = supplier.bulkScorer();
        stage.next = 0;
      }
      int to = (int) Math.min((long) stage.next + window, maxDoc);
      Stage s = stage;
      int base = ctx.docBase;
      LeafCollector collector =
          new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
              this.scorer = scorer;
              scorer.setMinCompetitiveScore(min);
            }

            @Override
            public void collect(int doc) throws IOException {
              float score = scorer.score();
              if (score >= min) {
                hits.add(new ScoreDoc(base + doc, score));
              } else if (score > s.passed) {
                s.passed = score;
              }
            }
          };
      stage.next = stage.bulk.score(collector, ctx.reader().getLiveDocs(), stage.next, to);
      // documents Lucene skipped in this window scored below min
      if (min > 0) {
        stage.passed = Math.max(stage.passed, Math.nextDown(min));
      }
      if (stage.next >= maxDoc) {
        stage.bulk = null;
        stage.leaf++;
      }
      return true;
    }
    return false;
  }

  /** The raw Lucene score whose {@link #bound()} is just below {@code bound}. */
  private float raw(double bound) {
    double raw = (bound * (1 - 1e-6) - 1e-6) / (1 + PRECISION) - slack;
    return raw <= 0 ? 0 : (float) raw;
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
