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
package org.chancengeber.matcher.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.placement.Assignment;

/**
 * The numbers of a steering group's report on a cohort (PRODUCT.md, {@code report.json}).
 *
 * @param top how many offers of each person's own list were looked at (their best)
 * @param readyNow people with an offer that fits now among their best
 * @param reachable people whose best offers all need steps first (within the horizon)
 * @param noOffer people with no eligible offer within the horizon: the same people {@code match}
 *     gives an empty list
 * @param monthsToReady people by the months until their earliest offer fits (buckets)
 * @param hurdles per kind, the people it blocks (an offer left out) or delays (their best offer
 *     needs a step for it), most people first
 * @param exclusions per exclusion code, the person × offer pairs and people it applies to
 * @param interventions single changes that lift the only hurdle of some pairs, most pairs first
 * @param placements the cohort's optimal placement and the greedy one, when computed
 * @param groups per audit attribute, the people by value (adds up to {@code people}); the only part
 *     that reads audit attributes, which never reach scoring
 * @param today the date the report counts from
 * @param horizonMonths the horizon
 * @param people people in the cohort
 * @param offers open offers
 * @param places places of the open offers
 */
public record CohortReport(
    LocalDate today,
    int horizonMonths,
    int top,
    int people,
    int offers,
    long places,
    int readyNow,
    int reachable,
    int noOffer,
    List<Bucket> monthsToReady,
    List<Hurdle> hurdles,
    List<CodeCount> exclusions,
    List<Intervention> interventions,
    Optional<Placements> placements,
    Map<String, List<Group>> groups) {
  /** Creates a report, checking that no component is null and copying the lists. */
  public CohortReport {
    monthsToReady = List.copyOf(monthsToReady);
    hurdles = List.copyOf(hurdles);
    exclusions = List.copyOf(exclusions);
    interventions = List.copyOf(interventions);
    groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
  }

  /**
   * People whose earliest offer fits in {@code months} (e.g. "0", "1-3").
   *
   * @param months the months, e.g. {@code 1-3}
   * @param people how many people
   */
  public record Bucket(String months, int people) {}

  /**
   * How many people live in a city.
   *
   * @param city the city
   * @param people how many people
   */
  public record CityCount(String city, int people) {}

  /**
   * One hurdle's reach.
   *
   * @param people blocked or delayed (each person once)
   * @param blocked people with at least one offer left out for it
   * @param delayed people whose best offer needs a step for it
   * @param offersBlocked person × offer pairs left out for it
   * @param cities where the people live, most first (at most five)
   * @param kind the hurdle
   */
  public record Hurdle(
      HurdleKind kind,
      int people,
      int blocked,
      int delayed,
      int offersBlocked,
      List<CityCount> cities) {
    /** Creates a hurdle, checking that no component is null and copying the lists. */
    public Hurdle {
      cities = List.copyOf(cities);
    }
  }

  /**
   * How often an exclusion code applies.
   *
   * @param code the code
   * @param pairs person-offer pairs it applies to
   * @param people people it applies to
   */
  public record CodeCount(ExclusionCode code, int pairs, int people) {}

  /**
   * A single change: close one hurdle (e.g. German to B1) for the people it alone holds back.
   *
   * @param target the level to reach when the hurdle is a language (e.g. "B1"), else empty
   * @param people people with at least one offer that this change alone opens
   * @param offersReachable offers left out today that would become reachable
   * @param offersReadyNow offers among their best that would fit now instead of later
   * @param kind the hurdle
   */
  public record Intervention(
      HurdleKind kind, String target, int people, int offersReachable, int offersReadyNow) {}

  /**
   * The optimal placement beside the greedy one.
   *
   * @param method how the optimal placement was found
   * @param optimal the optimal placement's totals
   * @param greedy the greedy placement's totals
   */
  public record Placements(String method, Assignment.Summary optimal, Assignment.Summary greedy) {}

  /**
   * The people with one value of an audit attribute.
   *
   * @param readyNow of them, with an offer that fits now
   * @param meanBestScore the mean score of their best offer (people without any count 0)
   * @param placed of them, placed by the optimal placement (0 when none was computed)
   * @param value the attribute's value
   * @param people how many people have it
   * @param readyNowShare the share of them with an offer that fits now
   * @param placementRate the share of them placed
   */
  public record Group(
      String value,
      int people,
      int readyNow,
      double readyNowShare,
      double meanBestScore,
      int placed,
      double placementRate) {}
}
