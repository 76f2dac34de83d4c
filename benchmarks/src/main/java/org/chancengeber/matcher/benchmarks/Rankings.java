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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;

/** The rankings the quality evaluations compare, person id → offer ids best first. */
final class Rankings {
  private Rankings() {}

  /** The engine's top {@code k} for every person, ranked {@code ranking}, on all threads. */
  static Map<String, List<String>> engine(
      MatchEngine engine, List<Candidate> people, Ranking ranking, int threads, int k) {
    Map<String, List<String>> ranked = new ConcurrentHashMap<>();
    engine.matchAll(
        people,
        k,
        ranking,
        threads,
        (person, matches) ->
            ranked.put(person.id(), matches.stream().map(Match::vacancy).toList()));
    return ranked;
  }

  /** {@code rank} of every person, in a fork-join pool of {@code threads}. */
  static Map<String, List<String>> parallel(
      List<Candidate> people, int threads, Function<Candidate, List<String>> rank) {
    Map<String, List<String>> ranked = new ConcurrentHashMap<>();
    Ranker.parallel(
        people,
        threads,
        person -> {
          ranked.put(person.id(), rank.apply(person));
          return 1L;
        });
    return ranked;
  }
}
