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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chancengeber.matcher.Fixtures.COOK;
import static org.chancengeber.matcher.Fixtures.FOOD_HYGIENE;
import static org.chancengeber.matcher.Fixtures.KASSEL;
import static org.chancengeber.matcher.Fixtures.SOUS_CHEF;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.USE_KNIVES;
import static org.chancengeber.matcher.Fixtures.claim;
import static org.chancengeber.matcher.Fixtures.person;

import java.util.stream.Stream;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** How an occupation inferred from skills reaches the offers of its taxonomy neighbours. */
final class InferredNeighbourTest {
  /**
   * Food hygiene and use knives: the kitchen assistant lists both as essential, the cook one of
   * each; neither is listed by the sous chef, the cook's neighbour in ISCO unit group 5120.
   */
  private static final Candidate PERSON =
      person("c-1")
          .language("de", Cefr.B1)
          .skill(claim(FOOD_HYGIENE, Evidence.SELF_REPORTED))
          .skill(claim(USE_KNIVES, Evidence.SELF_REPORTED))
          .build();

  private static MatchScorer scorer(double neighbourWeight) {
    return new MatchScorer(
        Fixtures.taxonomy(),
        ScoringProfile.builder().minFit(0).inferredNeighbourWeight(neighbourWeight).build(),
        RuleSet.germanDefaults(),
        PathwayPlanner.germanDefaults(),
        12);
  }

  private static Vacancy job(String occupation) {
    return Vacancy.builder(
            "v-" + occupation.replaceAll(".*/", ""), Fixtures.PLAIN, OfferType.JOB, KASSEL)
        .occupation(ConceptRef.id(occupation))
        .language("de", Cefr.B1)
        .start(TODAY.plusMonths(1))
        .build();
  }

  private static Match match(MatchScorer scorer, Vacancy v) {
    return scorer.evaluate(scorer.prepare(PERSON), scorer.prepare(v), TODAY).match().orElseThrow();
  }

  private static Factor experience(Match m) {
    return m.factors().stream()
        .filter(f -> f.name().equals(FactorKind.EXPERIENCE.jsonName()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void inferredNeighbourWeight_scalesWhatAGuessGivesItsNeighbours_notTheGuessItself() {
    MatchScorer full = scorer(1.0);
    MatchScorer half = scorer(0.5);
    double cookFull = experience(match(full, job(COOK))).value();
    double sousChefFull = experience(match(full, job(SOUS_CHEF))).value();
    double sousChefHalf = experience(match(half, job(SOUS_CHEF))).value();
    assertThat(sousChefFull).isPositive().isLessThan(cookFull);
    assertThat(sousChefHalf).isCloseTo(sousChefFull / 2, within(1e-6));
    assertThat(experience(match(half, job(COOK))).value()).isCloseTo(cookFull, within(1e-12));
  }

  private static Stream<Explanation> all(Explanation e) {
    return Stream.concat(Stream.of(e), e.details().stream().flatMap(InferredNeighbourTest::all));
  }

  @Test
  void inferredNeighbourWeight_theExplanationShowsTheWeightedSimilarity() {
    MatchScorer half = scorer(0.5);
    Match m = match(half, job(SOUS_CHEF));
    Factor e = experience(m);
    Explanation node =
        all(m.explanation())
            .filter(c -> c.description().key().equals("scoring.experience.inferred"))
            .findFirst()
            .orElseThrow();
    // the line's value is what the factor counts for the guess
    assertThat(node.value()).isCloseTo(e.value(), within(1e-6));
    assertThat(e.detail().key()).isEqualTo("scoring.experience.inferred");
  }
}
