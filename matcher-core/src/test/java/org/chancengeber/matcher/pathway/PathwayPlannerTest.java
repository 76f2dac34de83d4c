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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.rules.Verdict;
import org.junit.jupiter.api.Test;

final class PathwayPlannerTest {
  private static final RuleSet RULES = RuleSet.germanDefaults();
  private static final PathwayPlanner PLANNER = PathwayPlanner.germanDefaults();
  private static final ConceptRef COOK = ConceptRef.text("Koch/Köchin", "de");

  // ---- language ----

  @Test
  void noGap_readyNow() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B2).build();
    assertThat(plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build()))
        .isSameAs(Pathway.READY);
  }

  @Test
  void language_afterIntegrationCourse_jobRelatedCourse() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build());

    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(p.readyInMonths()).isEqualTo(4);
    assertThat(gaps(p, Locale.ENGLISH)).containsExactly("LANGUAGE: German A2, offer needs B1");
    assertThat(gaps(p, Locale.GERMAN)).containsExactly("LANGUAGE: Deutsch A2, Angebot verlangt B1");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LANGUAGE_COURSE 4: job-related German course A2→B1, 400 UE");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly("LANGUAGE_COURSE 4: Berufssprachkurs Deutsch A2→B1, 400 UE");
  }

  @Test
  void language_noIntegrationCourseYet_integrationCourseToB1_thenJobRelatedCourses() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A1).build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.C1).build());

    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "INTEGRATION_COURSE 5: integration course A1→B1, 500 UE",
            "LANGUAGE_COURSE 4: job-related German course B1→B2, 400 UE",
            "LANGUAGE_COURSE 4: job-related German course B2→C1, 400 UE");
    assertThat(p.readyInMonths()).isEqualTo(13);
    assertThat(p.reachable()).isFalse();
  }

  @Test
  void language_noGermanAtAll_integrationCourseModulesUpToTheOffersLevel() {
    Candidate c = person(ResidenceStatus.RECOGNISED).build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.A2).build());
    assertThat(gaps(p, Locale.ENGLISH)).containsExactly("LANGUAGE: No German yet, offer needs A2");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("INTEGRATION_COURSE 4: integration course A0→A2, 400 UE");

    Pathway full = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build());
    assertThat(steps(full, Locale.ENGLISH))
        .containsExactly("INTEGRATION_COURSE 7: integration course A0→B1, 700 UE");
    assertThat(steps(full, Locale.GERMAN))
        .containsExactly("INTEGRATION_COURSE 7: Integrationskurs A0→B1, 700 UE");
  }

  @Test
  void language_weakB1_longerB2Course() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED)
            .language(
                new LanguageLevel("de", Cefr.B1, Map.of(LanguageDimension.WRITING, Cefr.A2), false))
            .build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.B2).build());
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LANGUAGE_COURSE 5: job-related German course B1→B2, 500 UE");
  }

  @Test
  void language_optionalRequirement_isNoGap() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    Vacancy v =
        offer(OfferType.JOB)
            .language("de", Cefr.B1)
            .language(new LanguageRequirement("en", Cefr.B2, false))
            .build();
    assertThat(plan(c, v)).isSameAs(Pathway.READY);
  }

  @Test
  void language_otherThanGerman_genericCourse() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).language("en", Cefr.A2).build();
    Pathway p =
        plan(c, offer(OfferType.JOB).language("de", Cefr.B1).language("en", Cefr.B2).build());
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly("LANGUAGE: Language en: A2, offer needs B2");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LANGUAGE_COURSE 8: language course en A2→B2, 800 UE");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly("LANGUAGE_COURSE 8: Sprachkurs en A2→B2, 800 UE");
  }

  // ---- literacy ----

  @Test
  void literacyNone_integrationCourseWithLiteracy() {
    Candidate c = person(ResidenceStatus.RECOGNISED).literacy(Literacy.NONE).build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.A2).build());
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly(
            "LANGUAGE: No German yet, offer needs A2",
            "LITERACY: Cannot read and write yet; the offer needs written German");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LITERACY_COURSE 6: integration course with literacy A0→A2, 600 UE");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly("LITERACY_COURSE 6: Integrationskurs mit Alphabetisierung A0→A2, 600 UE");

    Pathway b1 = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build());
    assertThat(steps(b1, Locale.ENGLISH))
        .containsExactly("LITERACY_COURSE 10: integration course with literacy A0→B1, 1000 UE");
  }

  @Test
  void literacyOtherScript_secondScriptCourse() {
    // issue 14: the literacy integration course is 900 + 100 UE (DOMAIN.md) from its start,
    // whatever German the person speaks; it was planned as 700 UE from A1
    Candidate c =
        person(ResidenceStatus.RECOGNISED)
            .literacy(Literacy.OTHER_SCRIPT)
            .language("de", Cefr.A1)
            .build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build());
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly(
            "LANGUAGE: German A1, offer needs B1",
            "LITERACY: Reads and writes another script; written German needs the Latin script");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "LITERACY_COURSE 10: integration course for second-script learners (Latin script)"
                + " A1→B1, 1000 UE");
  }

  @Test
  void literacyNone_germanGoodEnough_literacyCourseAlone() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED).literacy(Literacy.NONE).language("de", Cefr.A2).build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.A2).build());
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly("LITERACY: Cannot read and write yet; the offer needs written German");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly("LITERACY_COURSE 3: literacy course (Latin script), 300 UE");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly("LITERACY_COURSE 3: Alphabetisierungskurs (lateinische Schrift), 300 UE");

    // a helper job without a German requirement needs no literacy step, nor a practical trial
    assertThat(plan(c, offer(OfferType.JOB).build())).isSameAs(Pathway.READY);
    assertThat(plan(c, offer(OfferType.PRACTICAL_TRIAL).language("de", Cefr.A2).build()))
        .isSameAs(Pathway.READY);
    // training does (vocational school)
    assertThat(steps(plan(c, offer(OfferType.ASSISTED_APPRENTICESHIP).build()), Locale.ENGLISH))
        .containsExactly("LITERACY_COURSE 3: literacy course (Latin script), 300 UE");
  }

  @Test
  void literacyOtherScript_germanGoodEnough_orAfterAGermanCourse_noLiteracyStep() {
    Candidate speaks =
        person(ResidenceStatus.RECOGNISED)
            .literacy(Literacy.OTHER_SCRIPT)
            .language("de", Cefr.A2)
            .build();
    assertThat(plan(speaks, offer(OfferType.JOB).language("de", Cefr.A2).build()))
        .isSameAs(Pathway.READY);

    Candidate afterCourse =
        person(ResidenceStatus.RECOGNISED)
            .literacy(Literacy.OTHER_SCRIPT)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    assertThat(
            steps(
                plan(afterCourse, offer(OfferType.JOB).language("de", Cefr.B1).build()),
                Locale.ENGLISH))
        .containsExactly("LANGUAGE_COURSE 4: job-related German course A2→B1, 400 UE");
  }

  @Test
  void literacyNone_afterTheIntegrationCourse_literacyThenJobRelatedCourse() {
    Candidate c =
        person(ResidenceStatus.RECOGNISED)
            .literacy(Literacy.NONE)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    Pathway p = plan(c, offer(OfferType.JOB).language("de", Cefr.B1).build());
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "LITERACY_COURSE 3: literacy course (Latin script), 300 UE",
            "LANGUAGE_COURSE 4: job-related German course A2→B1, 400 UE");
    assertThat(p.readyInMonths()).isEqualTo(7);
  }

  // ---- evidence: the seeds' trial cooking ----

  @Test
  void selfReportedEssentialSkills_practicalTrialAtThatEmployer_reachableNotReady() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A2).build();
    Vacancy v = offer(OfferType.JOB).occupation(COOK).language("de", Cefr.A2).build();
    SkillNeeds needs =
        new SkillNeeds(
            List.of("prepare dishes", "food safety"), List.of(), Optional.empty(), 6, false);

    Pathway p = PLANNER.plan(c, v, RULES.evaluate(c, v, TODAY), needs, TODAY, 12);
    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(p.readyInMonths()).isEqualTo(1);
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly(
            "EVIDENCE: Essential skills only self-reported: prepare dishes, food safety");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "PRACTICAL_TRIAL 1: practical trial at Restaurant Aleppo to show: prepare dishes, food"
                + " safety");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "PRACTICAL_TRIAL 1: Praxiserprobung bei Restaurant Aleppo, um zu zeigen: prepare"
                + " dishes, food safety");

    SkillNeeds proven =
        new SkillNeeds(List.of("prepare dishes"), List.of(), Optional.empty(), 6, true);
    assertThat(PLANNER.plan(c, v, Verdict.ELIGIBLE, proven, TODAY, 12)).isSameAs(Pathway.READY);
    Vacancy trial = offer(OfferType.PRACTICAL_TRIAL).occupation(COOK).build();
    assertThat(PLANNER.plan(c, trial, Verdict.ELIGIBLE, needs, TODAY, 12)).isSameAs(Pathway.READY);
  }

  @Test
  void missingEssentialSkills_forAHelperJob_onTheJobTrainingInProportion() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    SkillNeeds needs = new SkillNeeds(List.of(), List.of("weld"), Optional.empty(), 0, false, 4, 0);
    Pathway p = PLANNER.plan(c, offer(OfferType.JOB).build(), Verdict.ELIGIBLE, needs, TODAY, 12);
    assertThat(p.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(p.readyInMonths()).isEqualTo(1);
    assertThat(gaps(p, Locale.ENGLISH)).containsExactly("SKILL: Lacks essential skills: weld");
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "ON_THE_JOB_TRAINING 1: on-the-job training at Restaurant Aleppo to learn: weld");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "ON_THE_JOB_TRAINING 1: Einarbeitung bei Restaurant Aleppo, um zu lernen: weld");
    // all of them missing: the whole induction
    SkillNeeds all = new SkillNeeds(List.of(), List.of("weld", "cut"), Optional.empty(), 0, false);
    assertThat(
            PLANNER
                .plan(c, offer(OfferType.JOB).build(), Verdict.ELIGIBLE, all, TODAY, 12)
                .readyInMonths())
        .isEqualTo(3);
    // an apprenticeship teaches them
    assertThat(
            PLANNER.plan(
                c,
                offer(OfferType.ASSISTED_APPRENTICESHIP).build(),
                Verdict.ELIGIBLE,
                needs,
                TODAY,
                12))
        .isSameAs(Pathway.READY);
  }

  @Test
  void missingEssentialSkills_forASkilledJob_neverReadyNow() {
    Candidate adult =
        person(ResidenceStatus.RECOGNISED)
            .language("de", Cefr.B1)
            .birthYear(TODAY.getYear() - 30)
            .build();
    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .language("de", Cefr.B1)
            .birthYear(TODAY.getYear() - 20)
            .build();
    Vacancy welder = offer(OfferType.JOB).level(RequirementLevel.SKILLED).build();
    // a small gap: learnt on the job
    SkillNeeds small = new SkillNeeds(List.of(), List.of("weld"), Optional.empty(), 0, false, 4, 0);
    assertThat(
            steps(PLANNER.plan(adult, welder, Verdict.ELIGIBLE, small, TODAY, 12), Locale.ENGLISH))
        .containsExactly(
            "ON_THE_JOB_TRAINING 3: on-the-job training at Restaurant Aleppo to learn: weld");
    // none of the essential skills: TQ modules for all of them, beyond a year
    SkillNeeds none =
        new SkillNeeds(List.of(), List.of("weld", "read drawings"), Optional.empty(), 0, false);
    Pathway p = PLANNER.plan(adult, welder, Verdict.ELIGIBLE, none, TODAY, 12);
    assertThat(p.readiness()).isNotEqualTo(Readiness.READY_NOW);
    assertThat(p.reachable()).isFalse();
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "TQ 24: partial qualification (TQ): 6 of 6 modules, for the missing skills: weld,"
                + " read drawings");
    assertThat(unreachable(p, Locale.ENGLISH))
        .containsExactly("Ready in about 24 months, beyond the horizon of 12 months");
    // under the TQ age, the route is an apprenticeship
    Pathway q = PLANNER.plan(young, welder, Verdict.ELIGIBLE, none, TODAY, 12);
    assertThat(unreachable(q, Locale.ENGLISH))
        .containsExactly(
            "This skilled job needs 100 % of its essential skills that the person lacks; under the"
                + " TQ age the route is an apprenticeship (about 36 months)");
    // a qualification for the occupation covers them
    SkillNeeds qualified =
        new SkillNeeds(
            List.of(),
            List.of("weld"),
            Optional.of(new Qualification(ConceptRef.id("x"), Recognition.FULL, true)),
            0,
            false);
    assertThat(PLANNER.plan(adult, welder, Verdict.ELIGIBLE, qualified, TODAY, 12).steps())
        .isEmpty();
  }

  @Test
  void proofTrial_countsForReadinessButNotForTheScoredMonths() {
    Candidate c = person(ResidenceStatus.RECOGNISED).build();
    SkillNeeds needs = new SkillNeeds(List.of("cook"), List.of(), Optional.empty(), 0, false);
    Pathway p = PLANNER.plan(c, offer(OfferType.JOB).build(), Verdict.ELIGIBLE, needs, TODAY, 12);
    assertThat(p.readyInMonths()).isEqualTo(1);
    assertThat(p.monthsExceptProof()).isZero();
  }

  // ---- EQ before an apprenticeship ----

  @Test
  void eq_beforeApprenticeship_forYoungPersonNotYetReady_runsAlongsideTheCourse() {
    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 20)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    Vacancy v = offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).build();

    Pathway p = plan(young, v);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "LANGUAGE_COURSE 4: job-related German course A2→B1, 400 UE",
            "EQ 6: entry qualification (EQ, §54a SGB III) to get ready for the apprenticeship");
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "LANGUAGE_COURSE 4: Berufssprachkurs Deutsch A2→B1, 400 UE",
            "EQ 6: Einstiegsqualifizierung (EQ, §54a SGB III) zur Vorbereitung auf die"
                + " Ausbildung");
    assertThat(p.readyInMonths()).isEqualTo(6);
  }

  @Test
  void eq_startsAfterTheIntegrationCourse() {
    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 19)
            .language("de", Cefr.A2)
            .build();
    Pathway p = plan(young, offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).build());
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "INTEGRATION_COURSE 3: integration course A2→B1, 300 UE",
            "EQ 6: entry qualification (EQ, §54a SGB III) to get ready for the apprenticeship");
    assertThat(p.readyInMonths()).isEqualTo(9);
  }

  @Test
  void eq_notForAdults25Plus_norAfterAnEq_norForAssistedApprenticeships() {
    Vacancy v = offer(OfferType.APPRENTICESHIP).language("de", Cefr.B1).build();
    Candidate adult = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    assertThat(plan(adult, v)).isSameAs(Pathway.READY);

    Candidate afterEq =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 20)
            .language("de", Cefr.B1)
            .measure(completed(MeasureType.EQ, "POSITIVE"))
            .build();
    assertThat(plan(afterEq, v)).isSameAs(Pathway.READY);

    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .birthYear(TODAY.getYear() - 20)
            .language("de", Cefr.B1)
            .build();
    // no school certificate: not yet ready for an apprenticeship, but AsA flex supports instead
    assertThat(steps(plan(young, v), Locale.ENGLISH))
        .containsExactly(
            "EQ 6: entry qualification (EQ, §54a SGB III) to get ready for the apprenticeship");
    assertThat(
            plan(young, offer(OfferType.ASSISTED_APPRENTICESHIP).language("de", Cefr.B1).build()))
        .isSameAs(Pathway.READY);
  }

  // ---- qualification: TQ, validation, recognition ----

  @Test
  void tq_adultWithoutQualification_skilledJob_modulesLeft() {
    Vacancy skilled = skilledJob();
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();

    Pathway all = plan(c, skilled);
    assertThat(gaps(all, Locale.ENGLISH))
        .containsExactly(
            "QUALIFICATION: No vocational qualification, which this skilled job requires");
    assertThat(steps(all, Locale.ENGLISH))
        .containsExactly("TQ 24: partial qualification (TQ): 6 of 6 modules");
    assertThat(unreachable(all, Locale.ENGLISH))
        .containsExactly("Ready in about 24 months, beyond the horizon of 12 months");
    assertThat(unreachable(all, Locale.GERMAN))
        .containsExactly("Bereit in etwa 24 Monaten, jenseits des Horizonts von 12 Monaten");

    Candidate.Builder b = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1);
    for (int i = 0; i < 4; i++) {
      b.measure(completed(MeasureType.TQ_MODULE, "PASSED"));
    }
    Pathway two = plan(b.build(), skilled);
    assertThat(steps(two, Locale.ENGLISH))
        .containsExactly("TQ 8: partial qualification (TQ): 2 of 6 modules");
    assertThat(two.reachable()).isTrue();
  }

  @Test
  void validationProcedure_adultWithLongExperienceNoDocuments() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    SkillNeeds needs =
        new SkillNeeds(
            List.of(),
            List.of(),
            Optional.of(new Qualification(COOK, Recognition.NONE, false)),
            5,
            false);
    Pathway p = PLANNER.plan(c, skilledJob(), Verdict.ELIGIBLE, needs, TODAY, 12);
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly(
            "QUALIFICATION: Qualification without documents, which this skilled job requires");
    // issue 14: without documents a skills test (MYSKILLS) runs beside the procedure
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "SKILLS_ASSESSMENT 1: skills test without documents (MYSKILLS at the employment"
                + " agency, in the person's language)",
            "VALIDATION_PROCEDURE 6: validation procedure (§§50b ff. BBiG) on 5 years of"
                + " experience");
    assertThat(p.readyInMonths()).isEqualTo(6);
    assertThat(steps(p, Locale.GERMAN))
        .containsExactly(
            "SKILLS_ASSESSMENT 1: Kompetenztest ohne Unterlagen (MYSKILLS bei der Agentur für"
                + " Arbeit, in der eigenen Sprache)",
            "VALIDATION_PROCEDURE 6: Validierungsverfahren (§§50b ff. BBiG) auf Grund von 5 Jahren"
                + " Berufserfahrung");

    // 4 years are less than 1.5 × 36 months: TQ instead
    SkillNeeds shorter = new SkillNeeds(List.of(), List.of(), Optional.empty(), 4, false);
    assertThat(
            steps(
                PLANNER.plan(c, skilledJob(), Verdict.ELIGIBLE, shorter, TODAY, 12),
                Locale.ENGLISH))
        .containsExactly(
            "SKILLS_ASSESSMENT 1: skills test without documents (MYSKILLS at the employment"
                + " agency, in the person's language)",
            "TQ 24: partial qualification (TQ): 6 of 6 modules");
  }

  @Test
  void under25WithoutQualification_skilledJob_unreachable() {
    Candidate young =
        person(ResidenceStatus.RECOGNISED)
            .language("de", Cefr.B1)
            .birthYear(TODAY.getYear() - 22)
            .build();
    SkillNeeds needs = new SkillNeeds(List.of(), List.of(), Optional.empty(), 6, false);
    Pathway p = PLANNER.plan(young, skilledJob(), Verdict.ELIGIBLE, needs, TODAY, 12);
    assertThat(p.reachable()).isFalse();
    assertThat(p.steps()).isEmpty();
    assertThat(unreachable(p, Locale.ENGLISH))
        .containsExactly(
            "This skilled job requires a vocational qualification; under 25 the route is an"
                + " apprenticeship (about 36 months)");
  }

  @Test
  void recognition_byState() {
    Candidate c = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    assertThat(recognitionSteps(c, Recognition.NONE, true))
        .containsExactly(
            "RECOGNITION 3: apply for recognition of the foreign qualification (decision within 3"
                + " months of complete documents)");
    assertThat(recognitionSteps(c, Recognition.PENDING, true))
        .containsExactly("RECOGNITION 2: wait for the recognition decision");
    assertThat(recognitionSteps(c, Recognition.PARTIAL, false))
        .containsExactly(
            "RECOGNITION 6: adaptation course or knowledge exam after partial recognition");
    assertThat(recognitionSteps(c, Recognition.FULL, true)).isEmpty();

    SkillNeeds partial =
        new SkillNeeds(
            List.of(),
            List.of(),
            Optional.of(new Qualification(COOK, Recognition.PARTIAL, true)),
            0,
            false);
    assertThat(
            gaps(
                PLANNER.plan(c, skilledJob(), Verdict.ELIGIBLE, partial, TODAY, 12), Locale.GERMAN))
        .containsExactly("RECOGNITION: Ausländischer Abschluss nur teilweise anerkannt");
    // an employer who accepts skills shown in practice needs no recognition
    Vacancy accepting =
        offer(OfferType.JOB)
            .level(RequirementLevel.SKILLED)
            .acceptsWithoutCertificates(true)
            .build();
    assertThat(PLANNER.plan(c, accepting, Verdict.ELIGIBLE, partial, TODAY, 12))
        .isSameAs(Pathway.READY);
  }

  // ---- critical path, permits, horizon ----

  @Test
  void permitStepRunsAlongsideTheLanguageCourse_readyAfterTheLongestChain() {
    Candidate c =
        person(ResidenceStatus.DULDUNG)
            .language("de", Cefr.A2)
            .measure(completed(MeasureType.INTEGRATION_COURSE, "A2"))
            .build();
    Vacancy job = offer(OfferType.JOB).language("de", Cefr.B1).build();
    Pathway p = plan(c, job);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 2: apply for a work permit (immigration office, with the employment"
                + " agency's approval)",
            "LANGUAGE_COURSE 4: job-related German course A2→B1, 400 UE");
    assertThat(gaps(p, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT: Work permit needed: with Duldung this offer needs the immigration"
                + " office's permission",
            "LANGUAGE: German A2, offer needs B1");
    assertThat(p.readyInMonths()).isEqualTo(4);

    Vacancy truck =
        offer(OfferType.JOB).language("de", Cefr.B1).drivingLicence(DrivingLicence.CE).build();
    assertThat(plan(c, truck).readyInMonths()).isEqualTo(6);
  }

  @Test
  void permitEndingDuringTheOffer_extensionStepListed_stillReadyNow() {
    Candidate c =
        person(
                org.chancengeber.matcher.rules.RuleFixtures.residence(
                    ResidenceStatus.RECOGNISED,
                    TODAY.minusYears(1),
                    Optional.of(TODAY.plusMonths(6)),
                    Optional.empty(),
                    true))
            .build();
    Pathway p = plan(c, offer(OfferType.JOB).build());
    assertThat(p.readiness()).isEqualTo(Readiness.READY_NOW);
    assertThat(p.readyInMonths()).isZero();
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 0: apply for an extension of the Aufenthaltserlaubnis (§25 AufenthG)"
                + " before 2027-05-21");

    Vacancy later = offer(OfferType.JOB).start(TODAY.plusMonths(8)).build();
    Pathway first = plan(c, later);
    assertThat(first.readiness()).isEqualTo(Readiness.REACHABLE);
    assertThat(first.readyInMonths()).isEqualTo(1);
  }

  @Test
  void tqStartsAfterTheIntegrationCourse_criticalPathAddsUp() {
    Candidate.Builder b = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A1);
    for (int i = 0; i < 4; i++) {
      b.measure(completed(MeasureType.TQ_MODULE, "PASSED"));
    }
    Vacancy v =
        offer(OfferType.JOB)
            .level(RequirementLevel.SKILLED)
            .acceptsWithoutCertificates(false)
            .language("de", Cefr.B2)
            .build();
    Pathway p = PLANNER.plan(b.build(), v, Verdict.ELIGIBLE, SkillNeeds.NONE, TODAY, 24);
    assertThat(steps(p, Locale.ENGLISH))
        .containsExactly(
            "INTEGRATION_COURSE 5: integration course A1→B1, 500 UE",
            "LANGUAGE_COURSE 4: job-related German course B1→B2, 400 UE",
            "TQ 8: partial qualification (TQ): 2 of 6 modules");
    assertThat(p.readyInMonths()).isEqualTo(13);
    assertThat(p.reachable()).isTrue();
  }

  @Test
  void horizon_cutsOffAtReadyInMonths() {
    Candidate c = person(ResidenceStatus.RECOGNISED).build();
    Vacancy v = offer(OfferType.JOB).language("de", Cefr.B1).build();
    Verdict ok = RULES.evaluate(c, v, TODAY);

    Pathway seven = PLANNER.plan(c, v, ok, SkillNeeds.NONE, TODAY, 7);
    assertThat(seven.reachable()).isTrue();
    assertThat(seven.readyInMonths()).isEqualTo(7);

    Pathway six = PLANNER.plan(c, v, ok, SkillNeeds.NONE, TODAY, 6);
    assertThat(six.reachable()).isFalse();
    assertThat(six.readyInMonths()).isEqualTo(7);
    assertThat(unreachable(six, Locale.ENGLISH))
        .containsExactly("Ready in about 7 months, beyond the horizon of 6 months");
  }

  @Test
  void excludedOffer_unreachableWithTheExclusions() {
    Candidate c = person(ResidenceStatus.RECOGNISED).birthYear(TODAY.getYear() - 20).build();
    Vacancy tq = offer(OfferType.TQ).build();
    Pathway p = PLANNER.plan(c, tq, RULES.evaluate(c, tq, TODAY), SkillNeeds.NONE, TODAY, 12);
    assertThat(unreachable(p, Locale.ENGLISH))
        .containsExactly("Age 20 is below the minimum age of 25 for this offer type");
  }

  @Test
  void plan_negativeHorizon_rejected() {
    Candidate c = person(ResidenceStatus.RECOGNISED).build();
    assertThatThrownBy(
            () ->
                PLANNER.plan(
                    c, offer(OfferType.JOB).build(), Verdict.ELIGIBLE, SkillNeeds.NONE, TODAY, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizonMonths (-1) must not be negative");
  }

  // ---- reachable level ----

  @Test
  void reachableLevel_examples() {
    Candidate b1 = person(ResidenceStatus.RECOGNISED).language("de", Cefr.B1).build();
    assertThat(PLANNER.reachableLevel(b1, "de", 12)).isEqualTo(Cefr.C2);
    assertThat(PLANNER.reachableLevel(b1, "de", 11)).isEqualTo(Cefr.C1);
    assertThat(PLANNER.reachableLevel(b1, "de", 0)).isEqualTo(Cefr.B1);

    Candidate a2 = person(ResidenceStatus.RECOGNISED).language("de", Cefr.A2).build();
    assertThat(PLANNER.reachableLevel(a2, "de", 12)).isEqualTo(Cefr.C1);

    Candidate none = person(ResidenceStatus.RECOGNISED).build();
    assertThat(PLANNER.reachableLevel(none, "de", 6)).isEqualTo(Cefr.A2);
    assertThat(PLANNER.reachableLevel(none, "de", 0)).isEqualTo(Cefr.A1);
    assertThat(PLANNER.reachableLevel(none, "en", 12)).isEqualTo(Cefr.B1);

    Candidate illiterate = person(ResidenceStatus.RECOGNISED).literacy(Literacy.NONE).build();
    assertThat(PLANNER.reachableLevel(illiterate, "de", 12)).isEqualTo(Cefr.B1);
    assertThat(PLANNER.reachableLevel(illiterate, "de", 9)).isEqualTo(Cefr.A2);
  }

  // ---- helpers ----

  private static Pathway plan(Candidate c, Vacancy v) {
    return PLANNER.plan(c, v, RULES.evaluate(c, v, TODAY), SkillNeeds.NONE, TODAY, 12);
  }

  private static Vacancy skilledJob() {
    return offer(OfferType.JOB)
        .occupation(COOK)
        .level(RequirementLevel.SKILLED)
        .acceptsWithoutCertificates(false)
        .build();
  }

  private static List<String> recognitionSteps(
      Candidate c, Recognition recognition, boolean documents) {
    SkillNeeds needs =
        new SkillNeeds(
            List.of(),
            List.of(),
            Optional.of(new Qualification(COOK, recognition, documents)),
            0,
            false);
    return steps(PLANNER.plan(c, skilledJob(), Verdict.ELIGIBLE, needs, TODAY, 12), Locale.ENGLISH);
  }

  static Measure completed(MeasureType type, String result) {
    return new Measure(
        type, Optional.empty(), Optional.of(TODAY.minusMonths(2)), Optional.of(result));
  }

  static List<String> gaps(Pathway p, Locale locale) {
    return p.gaps().stream().map(g -> g.kind() + ": " + g.detail().render(locale)).toList();
  }

  static List<String> steps(Pathway p, Locale locale) {
    return p.steps().stream()
        .map(s -> s.step() + " " + s.months() + ": " + s.detail().render(locale))
        .toList();
  }

  static List<String> unreachable(Pathway p, Locale locale) {
    return p.unreachable().stream().map((Message m) -> m.render(locale)).toList();
  }
}
