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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects, in one pass, the best {@code max} hits whose score is at least {@code min}: Lucene is
 * told {@code min} (and, once {@code max} hits are in, the lowest of them) as the minimum
 * competitive score from the first document on, so that its dynamic pruning skips every block of
 * documents that cannot reach it. Phase one uses it once the exact scorer knows how high an unseen
 * entry must score to matter, instead of paging with {@code searchAfter} (each page a new pass over
 * the documents above it).
 */
final class AboveCollector implements Collector {
  /** Lowest score first; among equal scores the highest doc id first (it loses ties). */
  static final Comparator<ScoreDoc> WORST_FIRST =
      Comparator.comparingDouble((ScoreDoc d) -> d.score).thenComparing(d -> -d.doc);

  private final float min;
  private final int max;
  private final PriorityQueue<ScoreDoc> queue;

  AboveCollector(float min, int max) {
    this.min = min;
    this.max = max;
    this.queue = new PriorityQueue<>(Math.min(max, 1024), WORST_FIRST);
  }

  /** One collector per slice of the index, the hits of all merged. */
  static CollectorManager<AboveCollector, List<ScoreDoc>> manager(float min, int max) {
    return new CollectorManager<>() {
      @Override
      public AboveCollector newCollector() {
        return new AboveCollector(min, max);
      }

      @Override
      public List<ScoreDoc> reduce(Collection<AboveCollector> collectors) {
        PriorityQueue<ScoreDoc> all = new PriorityQueue<>(WORST_FIRST);
        for (AboveCollector c : collectors) {
          for (ScoreDoc d : c.queue) {
            all.add(d);
            if (all.size() > max) {
              all.poll();
            }
          }
        }
        List<ScoreDoc> out = new ArrayList<>(all);
        out.sort(WORST_FIRST.reversed());
        return out;
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) throws java.io.IOException {
        this.scorer = scorer;
        scorer.setMinCompetitiveScore(competitive());
      }

      @Override
      public void collect(int doc) throws java.io.IOException {
        float score = scorer.score();
        if (score < min) {
          return;
        }
        if (queue.size() < max) {
          queue.add(new ScoreDoc(base + doc, score));
          if (queue.size() == max) {
            scorer.setMinCompetitiveScore(competitive());
          }
        } else if (score > queue.peek().score) {
          queue.poll();
          queue.add(new ScoreDoc(base + doc, score));
          scorer.setMinCompetitiveScore(competitive());
        }
      }
    };
  }

  /**
   * What a hit must score to get in: {@code min}, and once the queue is full just above its lowest
   * (a tie with it loses: it has a higher doc id).
   */
  private float competitive() {
    return queue.size() < max ? min : Math.max(min, Math.nextUp(queue.peek().score));
  }
}
