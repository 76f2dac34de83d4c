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
package org.chancengeber.matcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.Pathway;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The case-worker cases behave under the default German rules as the README says. */
final class SampleCasesRulesTest {
  private static final ReadOptions OPTIONS =
      ReadOptions.DEFAULTS.withToday(Generator.DEFAULT_REFERENCE_DATE);
  private static final Map<String, Candidate> PEOPLE = people();
  private static final Map<String, Vacancy> OFFERS = offers();
  private static final RuleSet RULES = RuleSet.germanDefaults();

  @Test
  void caseCook_restaurantJobHasNoLegalHurdle() {
    Verdict v = verdict("c-case-cook", "v-case-restaurant");
    assertThat(v.eligible()).isTrue();
    assertThat(v.gaps()).isEmpty();
    assertThat(v.steps()).isEmpty();
  }

  @Test
  void caseA2_apprenticeshipIsLegallyOpen() {
    // her only hurdle is German (A2, the offer needs B1): a pathway matter, not a legal one
    Verdict v = verdict("c-case-a2", "v-case-apprenticeship");
    assertThat(v.eligible()).isTrue();
    assertThat(v.gaps()).isEmpty();
    assertThat(v.steps()).isEmpty();
  }

  @Test
  void caseA2_languageCourseBeforeTheApprenticeshipStarts() {
    Candidate her = PEOPLE.get("c-case-a2");
    Vacancy offer = OFFERS.get("v-case-apprenticeship");
    Pathway p =
        PathwayPlanner.germanDefaults()
            .plan(
                her,
                offer,
                verdict("c-case-a2", "v-case-apprenticeship"),
                SkillNeeds.NONE,
                Generator.DEFAULT_REFERENCE_DATE,
                12);
    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(p.steps()).extracting(PathwayStep::step).contains(StepKind.LANGUAGE_COURSE);
    // B1 is within reach before the apprenticeship starts on 2027-08-01
    assertThat(Generator.DEFAULT_REFERENCE_DATE.plusMonths(p.readyInMonths()))
        .isBeforeOrEqualTo(offer.start().orElseThrow());
  }

  @Test
  void caseDuldung_trialWithoutPermitJobWithPermitStep() {
    Verdict trial = verdict("c-case-duldung", "v-case-trial");
    assertThat(trial.eligible()).isTrue();
    assertThat(trial.steps()).noneMatch(s -> s.step() == StepKind.WORK_PERMIT);
    Verdict job = verdict("c-case-duldung", "v-case-job");
    assertThat(job.eligible()).isTrue();
    assertThat(job.steps()).anyMatch(s -> s.step() == StepKind.WORK_PERMIT);
  }

  @Test
  void samples_mostNearbyPairsAreEligible() {
    int near = 0;
    int eligible = 0;
    for (Candidate c : PEOPLE.values()) {
      for (Vacancy v : OFFERS.values()) {
        if (c.location().distanceKm(v.location()) <= c.maxTravelKm()) {
          near++;
          if (RULES.evaluate(c, v, Generator.DEFAULT_REFERENCE_DATE).eligible()) {
            eligible++;
          }
        }
      }
    }
    // most pairs within reach are legally open; a few statuses, permits and dates exclude
    assertThat(near).isGreaterThan(10_000);
    assertThat(eligible).isLessThan(near);
    assertThat(eligible / (double) near).isBetween(0.8, 0.99);
  }

  private static Verdict verdict(String person, String offer) {
    return RULES.evaluate(PEOPLE.get(person), OFFERS.get(offer), Generator.DEFAULT_REFERENCE_DATE);
  }

  private static Map<String, Candidate> people() {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(SampleData.openCandidates(), SampleData.CANDIDATES_NAME, OPTIONS)) {
      r.stream()
          .map(l -> ((LineResult.Accepted<CandidateRecord>) l).value().candidate())
          .forEach(c -> byId.put(c.id(), c));
    }
    return byId;
  }

  private static Map<String, Vacancy> offers() {
    Map<String, Vacancy> byId = new LinkedHashMap<>();
    try (JsonLinesReader<Vacancy> r =
        VacancyFormat.reader(SampleData.openVacancies(), SampleData.VACANCIES_NAME, OPTIONS)) {
      r.stream()
          .map(l -> ((LineResult.Accepted<Vacancy>) l).value())
          .forEach(v -> byId.put(v.id(), v));
    }
    return byId;
  }
}
