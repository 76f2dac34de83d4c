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
import static org.chancengeber.matcher.pathway.PathwayPlannerTest.completed;
import static org.chancengeber.matcher.pathway.PathwayPlannerTest.gaps;
import static org.chancengeber.matcher.pathway.PathwayPlannerTest.steps;
import static org.chancengeber.matcher.pathway.PathwayPlannerTest.unreachable;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;
import static org.chancengeber.matcher.rules.RuleFixtures.residence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 14, "German law right": each rule of DOMAIN.md that the planner or the rules
 * got wrong, restated and checked on the default data.
 */
final class GermanLawCasesTest {
  private static final RuleSet RULES = RuleSet.germanDefaults();
  private static final PathwayPlanner PLANNER = PathwayPlanner.germanDefaults();
  private static final ConceptRef NURSE = ConceptRef.text("Pflegefachfrau", "de");
  private static final String NURSING = "2221";

  // ---- expired permits ----

  @Test
  void expiredPermit_newApplicationNow_offerNotReachableSooner() {
    // issue 14: on 2026-12-01 a permit that ended 2026-10-01 said "apply for an extension before
    // 2026-10-01" and the offer was reachable in 1 month
    Candidate c =
        person(
                residence(
                    ResidenceStatus.RECOGNISED,
                    TODAY.minusYears(3),
                    Optional.of(TODAY.minusMonths(2)),
                    Optional.empty(),
                    true))
            .language("de", Cefr.B1)
            .build();
    Vacancy job = offer(OfferType.JOB).language("de", Cefr.B1).build();
    Pathway p = PLANNER.plan(c, job, RULES.evaluate(c, job, TODAY), SkillNeeds.NONE, TODAY, 12);

    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(p.readyInMonths()).isEqualTo(3);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 3: the document expired on 2026-09-21: apply to the immigration office"
                + " now for an extension or a new title (about 3 months)");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "WORK_PERMIT 3: Das Papier ist am 21. September 2026 abgelaufen: jetzt bei der"
                + " Ausländerbehörde die Verlängerung oder einen neuen Titel beantragen (etwa 3"
                + " Monate)");
  }

  // ---- regulated professions ----

  @Test
  void regulatedProfession_unrecognisedForeignNurse_notReadyNow() {
    // issue 14: a nurse with an unrecognised foreign qualification was READY_NOW for a nursing
    // job (the offer accepted skills without certificates)
    Candidate nurse = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B2).build();
    Vacancy ward = nursingJob().build();

    Pathway p = plan(nurse, ward, qualification(Recognition.NONE, true));
    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly("RECOGNITION: Foreign qualification not yet recognised");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "RECOGNITION 3: apply for recognition of the foreign qualification (decision within 3"
                + " months of complete documents)");

    assertThat(plan(nurse, ward, qualification(Recognition.FULL, true)).readiness())
        .isEqualTo(Readiness.READY_NOW);
  }

  @Test
  void regulatedProfession_withoutDocuments_knowledgeExam_withoutQualification_training() {
    Candidate nurse = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B2).build();
    Pathway noPapers = plan(nurse, nursingJob().build(), qualification(Recognition.NONE, false));
    assertThat(steps(noPapers, Locale.ENGLISH))
        .containsExactly(
            "RECOGNITION 6: knowledge exam (Kenntnisprüfung) in place of the missing documents,"
                + " with preparation (about 6 months)");

    Pathway none =
        plan(
            nurse,
            nursingJob().build(),
            new SkillNeeds(List.of(), List.of(), Optional.empty(), 3, false)
                .withOccupationGroup(NURSING));
    assertThat(none.reachable()).isFalse();
    assertThat(unreachable(none, Locale.ENGLISH))
        .containsExactly(
            "A regulated profession: without a qualification in it the route is the training"
                + " (about 36 months)");
    // a non-regulated occupation that accepts skills shown in practice needs no recognition
    assertThat(
            plan(
                    nurse,
                    offer(OfferType.JOB).level(RequirementLevel.SKILLED).build(),
                    new SkillNeeds(List.of(), List.of(), Optional.empty(), 3, false)
                        .withOccupationGroup("5120"))
                .readiness())
        .isEqualTo(Readiness.READY_NOW);
  }

  // ---- default German minima ----

  @Test
  void defaultGerman_whenTheOfferNamesNone_careB2_skilledB1_helperA2() {
    Candidate b1 = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    Candidate a1 = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A1).build();
    Pathway nursing = plan(b1, nursingJob().build(), qualification(Recognition.FULL, true));
    assertThat(gaps(nursing, Locale.ENGLISH))
        .containsExactly(
            "LANGUAGE: German B1; the offer names no minimum, B2 is usual for this kind of offer"
                + " (job)");
    assertThat(gaps(nursing, Locale.GERMAN))
        .containsExactly(
            "LANGUAGE: Deutsch B1; das Angebot nennt kein Mindestniveau, für diese Art Angebot"
                + " (Stelle) ist B2 üblich");
    assertThat(steps(nursing, Locale.ENGLISH))
        .containsExactly("LANGUAGE_COURSE 4: job-related German course B1→B2, 400 UE");

    Vacancy skilled = offer(OfferType.JOB).level(RequirementLevel.SKILLED).build();
    assertThat(plan(b1, skilled, SkillNeeds.NONE)).isSameAs(Pathway.READY);
    assertThat(steps(plan(a1, skilled, SkillNeeds.NONE), Locale.ENGLISH))
        .containsExactly("INTEGRATION_COURSE 5: integration course A1→B1, 500 UE");

    Vacancy helper = offer(OfferType.JOB).level(RequirementLevel.HELPER).build();
    assertThat(steps(plan(a1, helper, SkillNeeds.NONE), Locale.ENGLISH))
        .containsExactly("INTEGRATION_COURSE 2: integration course A1→A2, 200 UE");
  }

  @Test
  void defaultGerman_overridable_byTheOffer_andByTheFile() {
    Candidate b1 = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    SkillNeeds care = qualification(Recognition.FULL, true);
    // the offer's own minimum wins
    assertThat(plan(b1, nursingJob().language("de", Cefr.B1).build(), care))
        .isSameAs(Pathway.READY);
    // the file's default
    PathwayPlanner c1 = parse(defaults().replace("\"care\": \"B2\"", "\"care\": \"C1\""));
    Vacancy v = nursingJob().build();
    Pathway p = c1.plan(b1, v, RULES.evaluate(b1, v, TODAY), care, TODAY, 12);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "LANGUAGE_COURSE 4: job-related German course B1→B2, 400 UE",
            "LANGUAGE_COURSE 4: job-related German course B2→C1, 400 UE");
  }

  // ---- literacy ----

  @Test
  void literacyIntegrationCourse_900Plus100Ue_whateverGermanIsSpoken() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED).literacy(Literacy.NONE).language("de", Cefr.A1).build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build(), SkillNeeds.NONE);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LITERACY_COURSE 10: integration course with literacy A1→B1, 1000 UE");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "LITERACY_COURSE 10: Integrationskurs mit Alphabetisierung A1→B1, 1000 UE");
  }

  // ---- EQ only where it helps ----

  @Test
  void eq_notWithB1AndAFinishedPreApprenticeshipYear_norAfterAPositiveTrial() {
    Vacancy apprenticeship = offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).build();
    Candidate.Builder young =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 19)
            .language("de", Cefr.B1)
            .education(new Education(OptionalInt.of(2), SchoolCertificate.NONE));
    // issue 14: every person under 25 without a German school certificate got an EQ
    assertThat(steps(plan(young.build(), apprenticeship, SkillNeeds.NONE), Locale.ENGLISH))
        .containsExactly(
            "EQ 6: entry qualification (EQ, §54a SGB III) to get ready for the apprenticeship");
    Candidate prepared = young.measure(completed(MeasureType.PRE_APPRENTICESHIP, "PASSED")).build();
    assertThat(plan(prepared, apprenticeship, SkillNeeds.NONE)).isSameAs(Pathway.READY);

    Candidate tried =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 19)
            .language("de", Cefr.B1)
            .build();
    SkillNeeds positiveTrial = new SkillNeeds(List.of(), List.of(), Optional.empty(), 0, true);
    assertThat(plan(tried, apprenticeship, positiveTrial)).isSameAs(Pathway.READY);
  }

  @Test
  void eq_neverPastTheApprenticeshipsStart() {
    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 19)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    // the job-related course to B1 (4 months) runs beside the EQ; the apprenticeship starts in 5
    // months: the EQ is cut to the 5 months left (issue 14: it pushed the start past the offer's)
    Vacancy inFive =
        offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).start(TODAY.plusMonths(5)).build();
    Pathway p = plan(young, inFive, SkillNeeds.NONE);
    assertThat(p.steps())
        .extracting(s -> s.step() + " " + s.startMonth() + "+" + s.months())
        .containsExactly("LANGUAGE_COURSE 0+4", "EQ 0+5");
    assertThat(p.readyInMonths()).isEqualTo(5);
    // in 3 months there is no room for the 4 months an EQ lasts at least
    Vacancy inThree =
        offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).start(TODAY.plusMonths(3)).build();
    assertThat(plan(young, inThree, SkillNeeds.NONE).steps())
        .extracting(PathwayStep::step)
        .doesNotContain(org.chancengeber.matcher.model.StepKind.EQ);
  }

  // ---- start offsets ----

  @Test
  void steps_haveStartOffsets_parallelAndSequential() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A1).build();
    Vacancy driver =
        offer(OfferType.JOB).language("de", Cefr.B2).drivingLicence(DrivingLicence.C).build();
    Pathway p = plan(c, driver, SkillNeeds.NONE);
    // the licence runs beside the courses; the job-related course follows the integration course
    assertThat(p.steps())
        .extracting(s -> s.step() + " " + s.startMonth() + "-" + s.endMonth())
        .containsExactly("DRIVING_LICENCE 0-6", "INTEGRATION_COURSE 0-5", "LANGUAGE_COURSE 5-9");
    assertThat(p.readyInMonths()).isEqualTo(9);
  }

  // ---- helpers ----

  private static Vacancy.Builder nursingJob() {
    return offer(OfferType.JOB).occupation(NURSE).level(RequirementLevel.SKILLED);
  }

  private static SkillNeeds qualification(Recognition r, boolean documents) {
    return new SkillNeeds(
            List.of(), List.of(), Optional.of(new Qualification(NURSE, r, documents)), 0, false)
        .withOccupationGroup(NURSING);
  }

  private static Pathway plan(Candidate c, Vacancy v, SkillNeeds needs) {
    return PLANNER.plan(c, v, RULES.evaluate(c, v, TODAY), needs, TODAY, 12);
  }

  private static PathwayPlanner parse(String text) {
    return PathwayPlanner.fromJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "durations.json");
  }

  private static String defaults() {
    try (InputStream in = PathwayPlanner.class.getResourceAsStream("german-defaults.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
