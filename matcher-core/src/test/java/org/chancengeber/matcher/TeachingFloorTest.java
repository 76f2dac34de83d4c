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
package org.chancengeber.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.Fixtures.COOK;
import static org.chancengeber.matcher.Fixtures.FOOD_HYGIENE;
import static org.chancengeber.matcher.Fixtures.FORKLIFT;
import static org.chancengeber.matcher.Fixtures.GRILL_MEAT;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.WAREHOUSE_WORKER;
import static org.chancengeber.matcher.Fixtures.WELD;
import static org.chancengeber.matcher.Fixtures.WELDER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.junit.jupiter.api.Test;

/**
 * Offers that teach their occupation fit everybody at least the profile's floor, so a person with
 * few skills has thousands of offers at the floor in reach, which differ only by logistics. Phase
 * one's second stage scores them by what their type, language minimums, support and distance allow,
 * so the engine proves the top k after a few of them instead of scoring them all (or cutting the
 * ranking at the retrieval limit, as it did while they all scored the floor alike).
 */
final class TeachingFloorTest {
  private static final OfferType[] TEACHING = {
    OfferType.PRACTICAL_TRIAL,
    OfferType.EQ,
    OfferType.TQ,
    OfferType.APPRENTICESHIP,
    OfferType.ASSISTED_APPRENTICESHIP
  };

  /**
   * 3,000 offers that teach (welding and warehouse work, naming skills the cook has not, a sixth of
   * them also a skill close to the cook's) within 20 km, with every mix of support, language
   * minimums and start, and 5 cook jobs.
   */
  private static List<Vacancy> offers(long seed) {
    Random r = new Random(seed);
    List<Vacancy> out = new ArrayList<>();
    Cefr[] levels = {Cefr.A1, Cefr.A2, Cefr.B1, Cefr.B2, Cefr.C1};
    for (int i = 0; i < 3000; i++) {
      Employer e = Fixtures.employer(i % 50, r);
      Location at = Fixtures.nearKassel(20, r);
      boolean welding = r.nextBoolean();
      Vacancy.Builder b =
          Vacancy.builder(String.format("t-%04d", i), e, TEACHING[r.nextInt(TEACHING.length)], at)
              .title("offer " + i)
              .occupation(ConceptRef.id(welding ? WELDER : WAREHOUSE_WORKER))
              .skill(ConceptRef.id(welding ? WELD : FORKLIFT), true);
      if (welding && r.nextInt(3) == 0) {
        // a skill close to the cook's: such offers share a term with the cook and fit a little,
        // still below the floor
        b.skill(ConceptRef.id(GRILL_MEAT), false);
      }
      if (r.nextInt(5) > 0) {
        b.language(new LanguageRequirement("de", levels[r.nextInt(levels.length)], true));
      }
      if (r.nextInt(4) == 0) {
        b.language(new LanguageRequirement("en", levels[r.nextInt(3)], r.nextBoolean()));
      }
      if (r.nextInt(3) > 0) {
        b.start(TODAY.plusDays(r.nextInt(200)));
      }
      out.add(b.build());
    }
    for (int i = 0; i < 5; i++) {
      out.add(
          Fixtures.offer("cook-" + i, COOK)
              .skill(ConceptRef.id(PREPARE_DISHES), true)
              .skill(ConceptRef.id(FOOD_HYGIENE), true)
              .build());
    }
    return out;
  }

  /** Cooks who differ in what the floor's logistics read: language, script, preferred types. */
  private static List<Candidate> cooks() {
    return List.of(
        Fixtures.person("c-b1")
            .language("de", Cefr.B1)
            .skill(Fixtures.claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .build(),
        Fixtures.person("c-a2-arabic")
            .language("de", Cefr.A2)
            .language("ar", Cefr.C2)
            .literacy(Literacy.OTHER_SCRIPT)
            .skill(Fixtures.claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .skill(Fixtures.claim(FOOD_HYGIENE, Evidence.CERTIFICATE))
            .build(),
        Fixtures.person("c-wants-trial")
            .language("de", Cefr.B2)
            .language("en", Cefr.A2)
            .skill(Fixtures.claim(FOOD_HYGIENE, Evidence.ASSESSED))
            .preferences(new Preferences(List.of(), EnumSet.of(OfferType.PRACTICAL_TRIAL)))
            .build(),
        Fixtures.person("c-wants-job")
            .language("de", Cefr.C1)
            .skill(Fixtures.claim(PREPARE_DISHES, Evidence.PRACTICAL_TRIAL))
            .preferences(new Preferences(List.of(), EnumSet.of(OfferType.JOB)))
            .build());
  }

  @Test
  void matchesFor_offersAtTheFloor_provenWithoutScoringThemAll() {
    double floor = ScoringProfile.defaults().trainingFit();
    try (MatchEngine engine = Fixtures.engine().retrievalDepth(20).retrievalLimit(400).build()) {
      engine.addVacancies(offers(7));
      engine.refresh();
      for (Candidate c : cooks()) {
        MatchEngine.RetrievalStats before = engine.retrievalStats();
        List<Match> fast = engine.matchesFor(c, 10, Ranking.TWO_PHASE);
        MatchEngine.RetrievalStats after = engine.retrievalStats();
        assertThat(fast).as(c.id()).isEqualTo(engine.matchesFor(c, 10, Ranking.EXHAUSTIVE));
        // the top 10 ends in offers at the floor of fit, ordered by their logistics
        assertThat(fast).as(c.id()).hasSize(10);
        assertThat(fast.get(9).explanation().details().get(0).value()).isEqualTo(floor);
        assertThat(after.proven() - before.proven()).as(c.id()).isEqualTo(1);
        assertThat(after.limited() - before.limited()).as(c.id()).isZero();
        // of 3,005 offers, 45 to 100 with this seed
        assertThat(after.retrieved() - before.retrieved()).as(c.id()).isLessThan(200);
      }
    }
  }

  @Test
  void matchesFor_onlyOffersAtTheFloor_isProvenAndOrderedByLogistics() {
    // no cook jobs: every match is at the floor, the ranking is all logistics
    List<Vacancy> teaching = offers(11).stream().filter(v -> v.type() != OfferType.JOB).toList();
    try (MatchEngine engine = Fixtures.engine().retrievalDepth(10).retrievalLimit(400).build()) {
      engine.addVacancies(teaching);
      engine.refresh();
      for (Candidate c : cooks()) {
        MatchEngine.RetrievalStats before = engine.retrievalStats();
        List<Match> fast = engine.matchesFor(c, 10, Ranking.TWO_PHASE);
        assertThat(fast).as(c.id()).isEqualTo(engine.matchesFor(c, 10, Ranking.EXHAUSTIVE));
        assertThat(fast).as(c.id()).hasSize(10);
        assertThat(engine.retrievalStats().limited()).as(c.id()).isEqualTo(before.limited());
      }
    }
  }
}
