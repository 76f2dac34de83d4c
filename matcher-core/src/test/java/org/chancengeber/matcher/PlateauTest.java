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
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * Offers of one occupation that name the same skills fit a person alike: a plateau of fit, on which
 * only logistics order them. Phase one reads them with the person's logistics bound added, times
 * the fit an offer needs to enter the top k, so the engine proves the top k after a few of them
 * instead of scoring them all (as it had to while they all scored the same fit in phase one).
 */
final class PlateauTest {
  /**
   * 2,000 cook jobs within 20 km, all naming the same two skills, with every mix of support,
   * language minimum and start.
   */
  private static List<Vacancy> cookJobs(long seed) {
    Random r = new Random(seed);
    List<Vacancy> out = new ArrayList<>();
    Cefr[] levels = {Cefr.A1, Cefr.A2, Cefr.B1, Cefr.B2};
    for (int i = 0; i < 2000; i++) {
      Employer e = Fixtures.employer(i % 40, r);
      Location at = Fixtures.nearKassel(20, r);
      Vacancy.Builder b =
          Vacancy.builder(String.format("j-%04d", i), e, OfferType.JOB, at)
              .title("cook " + i)
              .occupation(ConceptRef.id(COOK))
              .skill(ConceptRef.id(PREPARE_DISHES), true)
              .skill(ConceptRef.id(FOOD_HYGIENE), true);
      if (r.nextInt(3) > 0) {
        b.language(new LanguageRequirement("de", levels[r.nextInt(levels.length)], false));
      }
      if (r.nextInt(3) > 0) {
        b.start(TODAY.plusDays(r.nextInt(200)));
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<Candidate> cooks() {
    return List.of(
        Fixtures.person("c-experienced")
            .language("de", Cefr.B2)
            .experience(Fixtures.experience(COOK, 4))
            .skill(Fixtures.claim(PREPARE_DISHES, Evidence.EMPLOYER_REFERENCE))
            .skill(Fixtures.claim(FOOD_HYGIENE, Evidence.CERTIFICATE))
            .build(),
        Fixtures.person("c-skills-only")
            .language("de", Cefr.A2)
            .skill(Fixtures.claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .skill(Fixtures.claim(FOOD_HYGIENE, Evidence.SELF_REPORTED))
            .build());
  }

  @Test
  void matchesFor_jobsOfOneFit_provenByTheirLogistics() {
    try (MatchEngine engine = Fixtures.engine().retrievalDepth(5).retrievalLimit(1000).build()) {
      engine.addVacancies(cookJobs(3));
      engine.refresh();
      for (Candidate c : cooks()) {
        MatchEngine.RetrievalStats before = engine.retrievalStats();
        List<Match> fast = engine.matchesFor(c, 10, Ranking.TWO_PHASE);
        MatchEngine.RetrievalStats after = engine.retrievalStats();
        List<Match> exhaustive = engine.matchesFor(c, 10, Ranking.EXHAUSTIVE);
        assertThat(fast).as(c.id()).isEqualTo(exhaustive).hasSize(10);
        // one plateau: every match has the same fit, logistics decide
        assertThat(fast.stream().map(m -> m.explanation().details().get(0).value()).distinct())
            .as(c.id())
            .hasSize(1);
        assertThat(after.proven() - before.proven()).as(c.id()).isEqualTo(1);
        assertThat(after.limited() - before.limited()).as(c.id()).isZero();
        // of 2,000 offers of one fit: without the logistics bound phase one reads all of them
        assertThat(after.retrieved() - before.retrieved()).as(c.id()).isLessThan(300);
      }
    }
  }
}
