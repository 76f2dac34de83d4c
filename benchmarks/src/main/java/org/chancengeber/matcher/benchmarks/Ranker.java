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

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * What the benchmarks compare: one way of finding the best {@code k} entries of an index for a
 * query (offers for a person, or people for an offer). {@link Variant} makes one per variant.
 *
 * @param <Q> the query: a person when offers are ranked, an offer when people are
 */
interface Ranker<Q> {

  /** Ids of the best {@code k} entries for {@code query}, best first. */
  List<String> top(Q query, int k);

  /**
   * Ranks every query on {@code threads} threads; returns how many entries were ranked in all. The
   * default runs {@link #top} in a fork-join pool; the engine's own batch call replaces it.
   */
  default long topAll(List<Q> queries, int k, int threads) {
    return parallel(queries, threads, q -> (long) top(q, k).size());
  }

  /** Sums {@code work} over {@code queries} in a fork-join pool of {@code threads}. */
  static <Q> long parallel(List<Q> queries, int threads, Function<Q, Long> work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> queries.parallelStream().mapToLong(work::apply).sum()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
