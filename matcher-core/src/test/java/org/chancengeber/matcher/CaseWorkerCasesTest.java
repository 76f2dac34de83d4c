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
import static org.chancengeber.matcher.Fixtures.KASSEL;
import static org.chancengeber.matcher.Fixtures.KITCHEN_ASSISTANT;
import static org.chancengeber.matcher.Fixtures.METAL_WORKER;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.RESTAURANT;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.claim;
import static org.chancengeber.matcher.Fixtures.experience;
import static org.chancengeber.matcher.Fixtures.offer;
import static org.chancengeber.matcher.Fixtures.person;
import static org.chancengeber.matcher.Fixtures.positiveTrial;

import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Three cases a case worker would check, with hand-built data. */
final class CaseWorkerCasesTest {

  private static final Vacancy RESTAURANT_COOK =
      Vacancy.builder("v-restaurant", RESTAURANT, OfferType.JOB, KASSEL)
          .title("Koch/Köchin (m/w/d)")
          .occupation(ConceptRef.id(COOK))
          .skill(ConceptRef.id(PREPARE_DISHES), true)
          .skill(ConceptRef.id(FOOD_HYGIENE), true)
          .language("de", Cefr.A2)
          .start(TODAY.plusMonths(1))
          .build();

  private static final List<Vacancy> OTHER_OFFERS =
      List.of(
          offer("v-canteen", KITCHEN_ASSISTANT).language("de", Cefr.A2).build(),
          offer("v-hotel", COOK).language("de", Cefr.B1).build(),
          offer("v-metal", METAL_WORKER).build());

  /** The seeds' Syrian cook: self-reported cooking, proven by trial cooking at the restaurant. */
  private static Candidate cook(String id, boolean trial) {
    Candidate.Builder b =
        person(id)
            .language("de", Cefr.A2)
            .skill(SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.SELF_REPORTED))
            .skill(claim(FOOD_HYGIENE, Evidence.SELF_REPORTED))
            .experience(experience(COOK, 6));
    if (trial) {
      b.measure(positiveTrial(COOK));
    }
    return b.build();
  }

  @Test
  void cookWithPositiveTrial_getsTheRestaurantsOfferFirst() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.upsertVacancy(RESTAURANT_COOK);
      engine.addVacancies(OTHER_OFFERS);
      engine.addCandidates(List.of(cook("c-trial", true), cook("c-no-trial", false)));
      engine.refresh();

      List<Match> offers = engine.matchesFor(cook("c-trial", true), 3);
      assertThat(offers).extracting(Match::vacancy).first().isEqualTo("v-restaurant");

      List<Match> people = engine.candidatesFor(RESTAURANT_COOK, 2);
      assertThat(people).extracting(Match::candidate).containsExactly("c-trial", "c-no-trial");
      // the trial proved the same skills: surer, not a better fit
      assertThat(people.get(0).score()).isGreaterThan(people.get(1).score() + 0.02);

      String why = people.get(0).explanation().render(Locale.ENGLISH);
      assertThat(why)
          .contains("\"kochen\" (de) resolved to \"Speisen zubereiten\" with confidence 0.98")
          .contains(
              "claimed as self-reported, counts as shown in a practical trial: shown in a positive"
                  + " trial or test as \"cook\"")
          .contains("practical trial as \"cook\" passed (similarity 1.00) counts 0.90");
    }
  }

  @Test
  void personWithA2German_getsTheApprenticeshipAsReachableWithACourse() {
    Vacancy apprenticeship =
        Vacancy.builder("v-ausbildung", Fixtures.PLAIN, OfferType.APPRENTICESHIP, KASSEL)
            .title("Ausbildung Metallbauer/in")
            .occupation(ConceptRef.id(METAL_WORKER))
            .language("de", Cefr.B1)
            .start(TODAY.plusMonths(8))
            .build();
    Candidate a2 = person("c-a2").language("de", Cefr.A2).birthYear(2003).build();
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.upsertVacancy(apprenticeship);
      engine.refresh();
      List<Match> matches = engine.matchesFor(a2, 5);
      assertThat(matches).extracting(Match::vacancy).containsExactly("v-ausbildung");
      Match m = matches.get(0);
      assertThat(m.readiness()).isEqualTo(Readiness.REACHABLE);
      assertThat(m.readyInMonths()).isPositive();
      assertThat(m.pathway())
          .extracting(s -> s.step())
          .containsAnyOf(StepKind.LANGUAGE_COURSE, StepKind.INTEGRATION_COURSE);
      assertThat(m.gaps()).extracting(g -> g.kind()).contains(GapKind.LANGUAGE);
    }
  }

  @Test
  void personWithDuldung_getsTrialWithoutPermitStep_butJobWithOne() {
    Vacancy trial =
        Vacancy.builder("v-trial", Fixtures.PLAIN, OfferType.PRACTICAL_TRIAL, KASSEL)
            .occupation(ConceptRef.id(COOK))
            .language("de", Cefr.A2)
            .durationMonths(1)
            .start(TODAY.plusMonths(1))
            .build();
    Vacancy job = offer("v-job", COOK).language("de", Cefr.A2).build();
    Candidate duldung =
        Candidate.builder("c-duldung", KASSEL, Residence.of(ResidenceStatus.DULDUNG))
            .birthYear(1998)
            .language("de", Cefr.A2)
            .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .build();
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addVacancies(List.of(trial, job));
      engine.refresh();
      List<Match> matches = engine.matchesFor(duldung, 5);
      Match trialMatch =
          matches.stream().filter(m -> m.vacancy().equals("v-trial")).findFirst().orElseThrow();
      Match jobMatch =
          matches.stream().filter(m -> m.vacancy().equals("v-job")).findFirst().orElseThrow();
      assertThat(trialMatch.pathway())
          .extracting(s -> s.step())
          .doesNotContain(StepKind.WORK_PERMIT);
      assertThat(jobMatch.pathway()).extracting(s -> s.step()).contains(StepKind.WORK_PERMIT);
    }
  }
}
