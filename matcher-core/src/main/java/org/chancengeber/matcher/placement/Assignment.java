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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancengeber.matcher.model.Readiness;

/**
 * A placement of a whole cohort: one {@link Placement} per person, in the problem's order.
 *
 * @param method how it was found ("optimal-total", "optimal-fair", "greedy")
 * @param placements one placement per person, in the problem's order
 * @param summary the totals
 */
public record Assignment(String method, List<Placement> placements, Summary summary) {
  /** Creates an assignment, copying the placements. */
  public Assignment {
    placements = List.copyOf(placements);
  }

  static Assignment of(String method, List<Placement> placements, PlacementProblem problem) {
    return new Assignment(method, placements, Summary.of(placements, problem));
  }

  /** {@return people placed in each offer} */
  public Map<String, Integer> filled() {
    Map<String, Integer> filled = new HashMap<>();
    for (Placement p : placements) {
      p.choice().ifPresent(c -> filled.merge(c.vacancy(), 1, Integer::sum));
    }
    return filled;
  }

  /**
   * The numbers of a placement.
   *
   * @param people people to place
   * @param placed people with a place (= places filled)
   * @param readyNow placed people whose offer fits now
   * @param places places of the offers anyone may take
   * @param offersUsed offers with at least one person placed
   * @param totalScore the sum of the placed people's scores
   * @param worstScore the lowest score of a placed person (0 when nobody is placed)
   * @param firstChoice placed people in the first offer of their own list
   * @param unplaced per reason, the people without a place
   */
  public record Summary(
      int people,
      int placed,
      int readyNow,
      long places,
      int offersUsed,
      double totalScore,
      double worstScore,
      int firstChoice,
      Map<Unplaced, Integer> unplaced) {
    /** Creates a summary, copying the map of the unplaced. */
    public Summary {
      unplaced = Map.copyOf(unplaced);
    }

    static Summary of(List<Placement> placements, PlacementProblem problem) {
      int placed = 0;
      int ready = 0;
      int first = 0;
      double total = 0;
      double worst = Double.POSITIVE_INFINITY;
      Map<Unplaced, Integer> unplaced = new java.util.EnumMap<>(Unplaced.class);
      java.util.Set<String> used = new java.util.HashSet<>();
      for (Placement p : placements) {
        if (p.choice().isPresent()) {
          Choice c = p.choice().get();
          placed++;
          total += c.score();
          worst = Math.min(worst, c.score());
          ready += c.readiness() == Readiness.READY_NOW ? 1 : 0;
          first += c.rank() == 1 ? 1 : 0;
          used.add(c.vacancy());
        } else {
          unplaced.merge(p.reason().orElseThrow(), 1, Integer::sum);
        }
      }
      long places = 0;
      for (int n : problem.places().values()) {
        places += n;
      }
      return new Summary(
          placements.size(),
          placed,
          ready,
          places,
          used.size(),
          total,
          placed == 0 ? 0 : worst,
          first,
          unplaced);
    }
  }
}
