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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;

/**
 * A cohort to place: each person with the offers they may take (their own ranked, eligible list),
 * and the places of each offer. People keep the order they were added in; that order is the order
 * of the placements and the only input to tie-breaking, so the same problem always gives the same
 * placement.
 */
public final class PlacementProblem {
  private final Map<String, List<Choice>> people;
  private final Map<String, Integer> places;

  private PlacementProblem(Map<String, List<Choice>> people, Map<String, Integer> places) {
    this.people = people;
    this.places = places;
  }

  /** {@return a builder of a problem} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ranks the best {@code k} offers of each person with {@code engine} (on {@code threads} threads)
   * and takes the places of each offer from the engine's index.
   *
   * @param engine the engine with the offers indexed
   * @param candidates the people
   * @param k how many offers per person, at least 1
   * @param ranking two-phase or exhaustive
   * @param threads how many threads rank at once
   * @return the problem
   */
  public static PlacementProblem rank(
      MatchEngine engine, Iterable<Candidate> candidates, int k, Ranking ranking, int threads) {
    Builder b = builder();
    rank(engine, candidates, k, ranking, threads, b);
    return b.build();
  }

  /**
   * As {@link #rank(MatchEngine, Iterable, int, Ranking, int)}, adding to {@code into}.
   *
   * @param engine the engine with the offers indexed
   * @param candidates the people
   * @param k how many offers per person, at least 1
   * @param ranking two-phase or exhaustive
   * @param threads how many threads rank at once
   * @param into the builder the people and places are added to
   */
  public static void rank(
      MatchEngine engine,
      Iterable<Candidate> candidates,
      int k,
      Ranking ranking,
      int threads,
      Builder into) {
    Map<String, List<Match>> lists = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Candidate c : candidates) {
      order.add(c.id());
    }
    engine.matchAll(
        candidates,
        k,
        ranking,
        threads,
        (c, ms) -> {
          synchronized (lists) {
            lists.put(c.id(), ms);
          }
        });
    for (String id : order) {
      List<Match> ms = lists.getOrDefault(id, List.of());
      into.person(id, ms.stream().map(Choice::of).toList());
      for (Match m : ms) {
        if (!into.places.containsKey(m.vacancy())) {
          into.places(
              m.vacancy(),
              engine
                  .vacancy(m.vacancy())
                  .orElseThrow(() -> new IllegalStateException("offer " + m.vacancy() + " gone"))
                  .places());
        }
      }
    }
  }

  /** {@return people in the order they were added, each with their choices best first} */
  public Map<String, List<Choice>> people() {
    return people;
  }

  /**
   * Places of every offer that appears among the choices.
   *
   * @return offer id to its places
   */
  public Map<String, Integer> places() {
    return places;
  }

  /** Collects people and places. */
  public static final class Builder {
    private final Map<String, List<Choice>> people = new LinkedHashMap<>();
    private final Map<String, Integer> places = new HashMap<>();

    private Builder() {}

    /**
     * A person with their choices (any order; kept by rank). Choices must be for this person and
     * name each offer at most once.
     *
     * @param candidate the person's id
     * @param choices the person's choices
     * @return this builder
     */
    public Builder person(String candidate, List<Choice> choices) {
      requireNonNull(candidate, "candidate");
      if (people.containsKey(candidate)) {
        throw new IllegalArgumentException("person " + candidate + " added twice");
      }
      Set<String> seen = new HashSet<>();
      List<Choice> sorted = new ArrayList<>(choices);
      for (Choice c : sorted) {
        if (!c.candidate().equals(candidate)) {
          throw new IllegalArgumentException(
              "choice for " + c.candidate() + " given for " + candidate);
        }
        if (!seen.add(c.vacancy())) {
          throw new IllegalArgumentException(
              "offer " + c.vacancy() + " twice among the choices of " + candidate);
        }
      }
      sorted.sort(java.util.Comparator.comparingInt(Choice::rank));
      people.put(candidate, List.copyOf(sorted));
      return this;
    }

    /**
     * The places of an offer (0 or more).
     *
     * @param vacancy the offer's id
     * @param n its places, not negative
     * @return this builder
     */
    public Builder places(String vacancy, int n) {
      requireNonNull(vacancy, "vacancy");
      if (n < 0) {
        throw new IllegalArgumentException("places (" + n + ") of " + vacancy + " negative");
      }
      places.put(vacancy, n);
      return this;
    }

    /** {@return the problem} */
    public PlacementProblem build() {
      for (List<Choice> cs : people.values()) {
        for (Choice c : cs) {
          if (!places.containsKey(c.vacancy())) {
            throw new IllegalStateException("no places given for offer " + c.vacancy());
          }
        }
      }
      return new PlacementProblem(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people)),
          java.util.Collections.unmodifiableMap(new TreeMap<>(places)));
    }
  }
}
