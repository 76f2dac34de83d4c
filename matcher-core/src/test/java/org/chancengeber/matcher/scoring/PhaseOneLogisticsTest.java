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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.chancengeber.matcher.Generated;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;

final class PhaseOneLogisticsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Generated DATA = Generated.of(23, 24, 300, 40, TODAY);

  private static MatchScorer scorer(ScoringProfile profile) {
    return new MatchScorer(
        DATA.taxonomy, profile, RuleSet.germanDefaults(), PathwayPlanner.germanDefaults(), 12);
  }

  /** The exact logistics scale of a match: score ÷ (fit × sureness scale). */
  private static double scale(MatchScorer scorer, PreparedCandidate pc, Match m) {
    double fit = m.explanation().details().get(0).value();
    return m.score() / (fit * scorer.sureScale(pc));
  }

  @Test
  void bound_atLeastTheExactLogisticsScale_ofEveryMatch() {
    ScoringProfile profile = ScoringProfile.defaults().toBuilder().minFit(0).build();
    MatchScorer scorer = scorer(profile);
    int checked = 0;
    double tightest = Double.POSITIVE_INFINITY;
    for (var c : DATA.candidates) {
      PreparedCandidate pc = scorer.prepare(c);
      PhaseOneLogistics l = scorer.phaseOneLogistics(pc, scorer.possibleTypes(c, TODAY));
      for (var v : DATA.vacancies) {
        PreparedVacancy pv = scorer.prepare(v);
        var e = scorer.evaluate(pc, pv, TODAY);
        if (e.match().isEmpty() || e.match().get().score() == 0) {
          continue;
        }
        double exact = scale(scorer, pc, e.match().get());
        double bound = l.bound(v.type(), MatchScorer.km(pc, pv));
        assertThat(bound).as("%s, %s", c.id(), v.id()).isGreaterThanOrEqualTo(exact - 1e-12);
        tightest = Math.min(tightest, bound - exact);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
    // the distance and the type are carried exactly: where language, timing and support are at
    // their best the bound is the scale itself
    assertThat(tightest).isCloseTo(0, within(1e-9));
  }

  @Test
  void offers_carryTheTypePreferenceAndTheDistance_asTheirFactorsSay() {
    ScoringProfile profile = ScoringProfile.defaults();
    MatchScorer scorer = scorer(profile);
    var c =
        DATA.candidates.get(0).toBuilder()
            .preferences(new Preferences(List.of(), EnumSet.of(OfferType.APPRENTICESHIP)))
            .build();
    PreparedCandidate pc = scorer.prepare(c);
    PhaseOneLogistics l =
        scorer.phaseOneLogistics(pc, EnumSet.of(OfferType.JOB, OfferType.APPRENTICESHIP));
    double s = profile.logisticsShare();
    assertThat(l.distanceWeight()).isCloseTo(s * 0.25, within(1e-12));
    assertThat(l.typeWeights())
        .containsEntry(OfferType.APPRENTICESHIP, s * 0.10)
        .containsEntry(OfferType.JOB, 0.0);
    assertThat(l.constant()).isCloseTo(1 - s + s * (0.35 + 0.20 + 0.10), within(1e-12));
    assertThat(l.bound(OfferType.APPRENTICESHIP, pc.pivotKm))
        .isCloseTo(l.constant() + s * 0.25 / 2 + s * 0.10, within(1e-12));
    assertThat(l.high()).isCloseTo(l.constant() + s * 0.25 + s * 0.10, within(1e-12));
  }
}
