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
package org.chancengeber.matcher.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.MessageChecks;
import org.chancengeber.matcher.rules.RandomPairs;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Invariants of the planner over many generated person × offer pairs and horizons. */
final class PathwayPropertyTest {
  private static final int PAIRS = 10_000;
  private static final int RENDERED = 1_000;
  private static final RuleSet RULES = RuleSet.germanDefaults();
  private static final PathwayPlanner PLANNER = PathwayPlanner.germanDefaults();

  @Test
  void reachableLevel_neverFiltersOutAnOfferPlanCallsReachable() {
    RandomPairs gen = new RandomPairs(7);
    int reachableWithLanguageGap = 0;
    int unreachableForLanguage = 0;
    for (int i = 0; i < PAIRS; i++) {
      Candidate c = gen.candidate();
      Vacancy v = gen.vacancy();
      int horizon = gen.nextInt(25);
      Verdict verdict = RULES.evaluate(c, v, TODAY);
      if (!verdict.eligible()) {
        continue;
      }
      Pathway p = PLANNER.plan(c, v, verdict, needs(gen), TODAY, horizon);
      for (LanguageRequirement r : v.languages()) {
        if (!r.essential()) {
          continue;
        }
        Cefr reachable = PLANNER.reachableLevel(c, r.code(), horizon);
        boolean hasGap = c.language(r.code()).map(l -> !l.level().isAtLeast(r.min())).orElse(true);
        if (p.reachable()) {
          if (!reachable.isAtLeast(r.min())) {
            fail(
                "plan calls %s reachable within %d months for %s, but reachableLevel(%s) is %s <"
                    + " %s",
                v, horizon, c, r.code(), reachable, r.min());
          }
          if (hasGap) {
            reachableWithLanguageGap++;
          }
        } else if (!reachable.isAtLeast(r.min())) {
          unreachableForLanguage++;
        }
      }
    }
    assertThat(reachableWithLanguageGap).isGreaterThan(PAIRS / 20);
    assertThat(unreachableForLanguage).isGreaterThan(PAIRS / 20);
  }

  @Test
  void plan_readinessAndCriticalPathAreConsistent() {
    RandomPairs gen = new RandomPairs(11);
    int ready = 0;
    int reachable = 0;
    int beyond = 0;
    for (int i = 0; i < PAIRS; i++) {
      Candidate c = gen.candidate();
      Vacancy v = gen.vacancy();
      int horizon = gen.nextInt(25);
      Verdict verdict = RULES.evaluate(c, v, TODAY);
      if (!verdict.eligible()) {
        continue;
      }
      SkillNeeds needs = needs(gen);
      Pathway p = PLANNER.plan(c, v, verdict, needs, TODAY, horizon);
      int longest = 0;
      int sum = 0;
      for (PathwayStep s : p.steps()) {
        longest = Math.max(longest, s.months());
        sum += s.months();
      }
      boolean consistent =
          p.readyInMonths() >= longest
              && p.readyInMonths() <= sum
              && (p.readiness() == Readiness.READY_NOW) == (p.readyInMonths() == 0 && p.reachable())
              && (!p.steps().isEmpty() || p.readyInMonths() == 0)
              && (!p.reachable() || p.readyInMonths() <= horizon)
              && p.gaps().containsAll(verdict.gaps())
              && p.steps().containsAll(verdict.steps())
              && p.equals(PLANNER.plan(c, v, verdict, needs, TODAY, horizon));
      if (!consistent) {
        fail("inconsistent pathway %s for %s and %s within %d months", p, c, v, horizon);
      }
      if (i < RENDERED) {
        for (Gap g : p.gaps()) {
          MessageChecks.assertRenders(g.detail());
        }
        for (PathwayStep s : p.steps()) {
          MessageChecks.assertRenders(s.detail());
        }
        p.unreachable().forEach(MessageChecks::assertRenders);
      }
      if (p.readiness() == Readiness.READY_NOW) {
        ready++;
      } else if (p.reachable()) {
        reachable++;
      } else {
        beyond++;
      }
    }
    assertThat(ready).isGreaterThan(PAIRS / 50);
    assertThat(reachable).isGreaterThan(PAIRS / 50);
    assertThat(beyond).isGreaterThan(PAIRS / 50);
  }

  private static SkillNeeds needs(RandomPairs gen) {
    List<String> unproven = gen.chance(0.3) ? List.of("kochen") : List.of();
    List<String> missing = gen.chance(0.2) ? List.of("schweißen") : List.of();
    Optional<Qualification> q =
        gen.chance(0.4)
            ? Optional.of(
                new Qualification(
                    ConceptRef.text("Koch/Köchin", "de"),
                    gen.pick(Recognition.values()),
                    gen.chance(0.5)))
            : Optional.empty();
    return new SkillNeeds(unproven, missing, q, gen.nextInt(12) * 0.5, gen.chance(0.3));
  }
}
