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
package org.chancengeber.matcher.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;
import static org.chancengeber.matcher.rules.RuleFixtures.residence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;
import org.junit.jupiter.api.Test;

final class RuleSetTest {
  private static final RuleSet RULES = RuleSet.germanDefaults();

  @Test
  void germanDefaults_isLoadedOnceFromTheResource() {
    assertThat(RuleSet.germanDefaults()).isSameAs(RULES);
    assertThat(RULES.name()).isEqualTo("german-defaults");
  }

  @Test
  void duldung_practicalTrialWithoutPermitStep_jobWithOne() {
    Candidate c = person(ResidenceStatus.DULDUNG).build();

    assertThat(RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);

    Verdict job = RULES.evaluate(c, offer(OfferType.JOB).build(), TODAY);
    assertThat(job.eligible()).isTrue();
    assertThat(job.gaps()).extracting(g -> g.kind()).containsExactly(GapKind.WORK_PERMIT);
    assertThat(gaps(job, Locale.ENGLISH))
        .containsExactly(
            "Work permit needed: with Duldung this offer needs the immigration office's"
                + " permission");
    assertThat(gaps(job, Locale.GERMAN))
        .containsExactly(
            "Arbeitserlaubnis nötig: mit Duldung braucht dieses Angebot die Erlaubnis der"
                + " Ausländerbehörde");
    assertThat(steps(job, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 2: apply for a work permit (immigration office, with the employment"
                + " agency's approval)");
    assertThat(steps(job, Locale.GERMAN))
        .containsExactly(
            "WORK_PERMIT 2: Beschäftigungserlaubnis beantragen (Ausländerbehörde, mit Zustimmung"
                + " der Bundesagentur für Arbeit)");
  }

  @Test
  void banned_excludesAllButShortPracticalTrial() {
    Candidate c = person(explicit(ResidenceStatus.GESTATTUNG, WorkPermission.BANNED)).build();

    Verdict job = RULES.evaluate(c, offer(OfferType.JOB).build(), TODAY);
    assertThat(job.eligible()).isFalse();
    assertThat(render(job.exclusions(), Locale.ENGLISH))
        .containsExactly(
            "Not allowed to work with Aufenthaltsgestattung: only a practical trial of up to 6"
                + " weeks without an employment relation (§45 SGB III) is possible");
    assertThat(render(job.exclusions(), Locale.GERMAN))
        .containsExactly(
            "Keine Arbeitserlaubnis mit Aufenthaltsgestattung: möglich ist nur eine"
                + " Praxiserprobung bis 6 Wochen ohne Beschäftigungsverhältnis (§45 SGB III)");
    assertThat(RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(1).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
    assertThat(
            RULES
                .evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(2).build(), TODAY)
                .eligible())
        .isFalse();
    assertThat(RULES.possibleTypes(c, TODAY)).containsExactly(OfferType.PRACTICAL_TRIAL);
  }

  @Test
  void approvalRequired_orientationInternshipUpToThreeMonths_needsThePermissionOfTheOffice() {
    // issue 14: an 8-week orientation internship under Duldung or Gestattung needs the
    // immigration office's permission (§32(2) BeschV), a step of its own; MAG up to 6 weeks is
    // permit-free
    for (ResidenceStatus s : List.of(ResidenceStatus.DULDUNG, ResidenceStatus.GESTATTUNG)) {
      Candidate c = person(s).build();
      Verdict eightWeeks =
          RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(2).build(), TODAY);
      assertThat(eightWeeks.eligible()).isTrue();
      assertThat(steps(eightWeeks, Locale.ENGLISH))
          .containsExactly(
              "WORK_PERMIT 1: apply for the immigration office's permission for the orientation"
                  + " internship (no approval by the employment agency needed)");
      assertThat(
              RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(1).build(), TODAY))
          .as("MAG up to 6 weeks")
          .isSameAs(Verdict.ELIGIBLE);
    }
    Candidate c = person(ResidenceStatus.DULDUNG).build();
    Verdict three =
        RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(3).build(), TODAY);
    assertThat(gaps(three, Locale.GERMAN))
        .containsExactly(
            "Mit Duldung braucht ein Praktikum über 6 Wochen (bis 13 Wochen) die Erlaubnis der"
                + " Ausländerbehörde");
    assertThat(
            RULES.evaluate(
                person(ResidenceStatus.RECOGNISED).build(),
                offer(OfferType.PRACTICAL_TRIAL).durationMonths(2).build(),
                TODAY))
        .isSameAs(Verdict.ELIGIBLE);
    Verdict longer =
        RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).durationMonths(4).build(), TODAY);
    assertThat(longer.steps()).extracting(PathwayStep::months).containsExactly(2);
  }

  @Test
  void gestattung_firstThreeMonths_waitThenPermit() {
    Candidate c =
        person(
                residence(
                    ResidenceStatus.GESTATTUNG,
                    TODAY.minusMonths(1),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .build();

    Verdict job = RULES.evaluate(c, offer(OfferType.JOB).build(), TODAY);
    assertThat(job.eligible()).isTrue();
    assertThat(gaps(job, Locale.ENGLISH))
        .containsExactly(
            "No work allowed until 2027-01-21 (first 3 months of the asylum procedure)");
    assertThat(gaps(job, Locale.GERMAN))
        .containsExactly(
            "Keine Arbeit erlaubt bis 21. Januar 2027 (erste 3 Monate des Asylverfahrens)");
    assertThat(steps(job, Locale.ENGLISH))
        .containsExactly("WORK_PERMIT 4: wait until 2027-01-21, then apply for a work permit");
    assertThat(RULES.evaluate(c, offer(OfferType.PRACTICAL_TRIAL).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
    assertThat(RULES.possibleTypes(c, TODAY)).containsExactlyInAnyOrder(OfferType.values());
  }

  @Test
  void permitEndingDuringTheOffer_isAGapWithAnExtensionStep() {
    Candidate c =
        person(
                residence(
                    ResidenceStatus.RECOGNISED,
                    TODAY.minusYears(1),
                    Optional.of(LocalDate.of(2028, 6, 30)),
                    Optional.empty(),
                    true))
            .build();
    Vacancy apprenticeship =
        offer(OfferType.APPRENTICESHIP).start(LocalDate.of(2027, 8, 1)).durationMonths(36).build();

    Verdict v = RULES.evaluate(c, apprenticeship, TODAY);
    assertThat(v.eligible()).isTrue();
    assertThat(v.gaps()).extracting(g -> g.kind()).containsExactly(GapKind.PERMIT_EXPIRY);
    assertThat(gaps(v, Locale.ENGLISH))
        .containsExactly(
            "Aufenthaltserlaubnis (§25 AufenthG) ends 2028-06-30, before the offer ends"
                + " (2030-08-01)");
    assertThat(gaps(v, Locale.GERMAN))
        .containsExactly(
            "Aufenthaltserlaubnis (§25 AufenthG) endet am 30. Juni 2028, vor Ende des Angebots"
                + " (1. August 2030)");
    assertThat(steps(v, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 0: apply for an extension of the Aufenthaltserlaubnis (§25 AufenthG)"
                + " before 2028-06-30");
  }

  @Test
  void permitEndingBeforeTheStart_orExpired_needsAnExtensionFirst() {
    Vacancy apprenticeship =
        offer(OfferType.APPRENTICESHIP).start(LocalDate.of(2027, 8, 1)).build();
    Candidate endsBefore = withPermitUntil(ResidenceStatus.RECOGNISED, LocalDate.of(2027, 3, 31));
    Candidate expired = withPermitUntil(ResidenceStatus.DULDUNG, LocalDate.of(2026, 10, 1));

    Verdict before = RULES.evaluate(endsBefore, apprenticeship, TODAY);
    assertThat(gaps(before, Locale.ENGLISH))
        .containsExactly(
            "Aufenthaltserlaubnis (§25 AufenthG) ends 2027-03-31, before the offer starts"
                + " (2027-08-01)");
    assertThat(steps(before, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for an extension of the Aufenthaltserlaubnis (§25 AufenthG)"
                + " before 2027-03-31");

    Verdict gone = RULES.evaluate(expired, apprenticeship, TODAY);
    assertThat(gaps(gone, Locale.ENGLISH))
        .containsExactly(
            "Work permit needed: with Duldung this offer needs the immigration office's"
                + " permission",
            "Duldung expired on 2026-10-01");
    // issue 14: no "extension before" a past date; a new application now, and the offer is not
    // reachable before the office has decided
    assertThat(steps(gone, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for an Ausbildungsduldung (§60c AufenthG) for this"
                + " apprenticeship",
            "WORK_PERMIT 3: the document expired on 2026-10-01: apply to the immigration office"
                + " now for an extension or a new title (about 3 months)");
    assertThat(gaps(gone, Locale.GERMAN))
        .contains("Duldung am 1. Oktober 2026 abgelaufen")
        .noneMatch(g -> g.contains("Aufenthaltstitel"));
  }

  @Test
  void chancenPermit_cannotBeExtended_stepSaysFollowOnTitle() {
    Candidate c = withPermitUntil(ResidenceStatus.CHANCEN, LocalDate.of(2027, 5, 1));

    Verdict job = RULES.evaluate(c, offer(OfferType.JOB).build(), TODAY);
    assertThat(gaps(job, Locale.ENGLISH))
        .containsExactly(
            "Chancen-Aufenthaltsrecht (§104c AufenthG) ends 2027-05-01, before the offer ends"
                + " (2027-11-21)");
    assertThat(steps(job, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 0: permit ends 2027-05-01 and cannot be extended: apply for a follow-on"
                + " title (e.g. §25a/§25b AufenthG)");
  }

  @Test
  void permitOutlastingTheOffer_isNoGap() {
    Candidate c = withPermitUntil(ResidenceStatus.RECOGNISED, LocalDate.of(2030, 1, 1));
    assertThat(RULES.evaluate(c, offer(OfferType.EQ).durationMonths(12).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
  }

  @Test
  void tq_under25_excluded() {
    Candidate c = aged(24);
    Verdict v = RULES.evaluate(c, offer(OfferType.TQ).build(), TODAY);
    assertThat(render(v.exclusions(), Locale.ENGLISH))
        .containsExactly("Age 24 is below the minimum age of 25 for this offer type");
    assertThat(render(v.exclusions(), Locale.GERMAN))
        .containsExactly("Alter 24 liegt unter dem Mindestalter 25 für diese Angebotsart");
    assertThat(RULES.possibleTypes(c, TODAY)).doesNotContain(OfferType.TQ).hasSize(5);
    assertThat(RULES.evaluate(aged(25), offer(OfferType.TQ).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
  }

  @Test
  void eq_from25_eligibleButPriorityGapVisible() {
    Verdict at25 = RULES.evaluate(aged(25), offer(OfferType.EQ).build(), TODAY);
    assertThat(at25.eligible()).isTrue();
    assertThat(at25.steps()).isEmpty();
    assertThat(at25.gaps()).extracting(g -> g.kind()).containsExactly(GapKind.AGE);
    assertThat(gaps(at25, Locale.ENGLISH))
        .containsExactly("Age 25: applicants under 25 have priority for this offer type");
    assertThat(gaps(at25, Locale.GERMAN))
        .containsExactly("Alter 25: Bewerber unter 25 Jahren haben bei dieser Angebotsart Vorrang");
    assertThat(RULES.evaluate(aged(24), offer(OfferType.EQ).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
  }

  @Test
  void apprenticeship_hasNoUpperAgeLimit_andUnknownAgeExcludesNothing() {
    assertThat(RULES.evaluate(aged(58), offer(OfferType.APPRENTICESHIP).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
    Candidate unknownAge =
        RuleFixtures.person(RuleFixtures.residence(ResidenceStatus.RECOGNISED)).build();
    assertThat(unknownAge.birthYear()).isEqualTo(OptionalInt.empty());
    assertThat(RULES.possibleTypes(unknownAge, TODAY))
        .containsExactlyInAnyOrder(OfferType.values());
  }

  @Test
  void drivingLicence_missing_gapAndStepWithClassDuration() {
    Candidate onlyB = person(ResidenceStatus.RECOGNISED).drivingLicence(DrivingLicence.B).build();

    Verdict truck =
        RULES.evaluate(
            onlyB, offer(OfferType.JOB).drivingLicence(DrivingLicence.CE).build(), TODAY);
    assertThat(gaps(truck, Locale.ENGLISH))
        .containsExactly("No driving licence class CE, which the offer requires");
    assertThat(gaps(truck, Locale.GERMAN))
        .containsExactly("Kein Führerschein Klasse CE, den das Angebot verlangt");
    assertThat(steps(truck, Locale.ENGLISH))
        .containsExactly("DRIVING_LICENCE 6: driving licence class CE");

    Candidate none = person(ResidenceStatus.RECOGNISED).build();
    Verdict car =
        RULES.evaluate(none, offer(OfferType.JOB).drivingLicence(DrivingLicence.B).build(), TODAY);
    assertThat(steps(car, Locale.ENGLISH))
        .containsExactly("DRIVING_LICENCE 4: driving licence class B");

    Candidate truckDriver =
        person(ResidenceStatus.RECOGNISED).drivingLicence(DrivingLicence.CE).build();
    assertThat(
            RULES.evaluate(
                truckDriver, offer(OfferType.JOB).drivingLicence(DrivingLicence.B).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
  }

  @Test
  void hours_belowTheOffer_gap_belowEqMinimum_excluded() {
    Candidate partTime = person(ResidenceStatus.RECOGNISED).hoursPerWeek(25).build();
    Verdict job = RULES.evaluate(partTime, offer(OfferType.JOB).hoursPerWeek(39).build(), TODAY);
    assertThat(job.eligible()).isTrue();
    assertThat(gaps(job, Locale.ENGLISH))
        .containsExactly("Can work 25 h/week; the offer asks for 39 h/week");
    assertThat(job.steps()).isEmpty();

    Candidate fifteen = person(ResidenceStatus.RECOGNISED).hoursPerWeek(15).build();
    Verdict eq = RULES.evaluate(fifteen, offer(OfferType.EQ).build(), TODAY);
    assertThat(render(eq.exclusions(), Locale.ENGLISH))
        .containsExactly("Can work 15 h/week; this offer type needs at least 20 h/week");
    assertThat(render(eq.exclusions(), Locale.GERMAN))
        .containsExactly(
            "Kann 15 Std./Woche arbeiten; diese Angebotsart verlangt mindestens 20 Std./Woche");
    assertThat(RULES.possibleTypes(fifteen, TODAY)).doesNotContain(OfferType.EQ);
  }

  @Test
  void startDate_lateWithinTolerance_gap_beyond_excluded() {
    Vacancy january = offer(OfferType.JOB).start(LocalDate.of(2027, 1, 1)).build();

    Candidate slightlyLate =
        person(ResidenceStatus.RECOGNISED).availableFrom(LocalDate.of(2027, 1, 20)).build();
    Verdict gap = RULES.evaluate(slightlyLate, january, TODAY);
    assertThat(gap.eligible()).isTrue();
    assertThat(gaps(gap, Locale.ENGLISH))
        .containsExactly("Available from 2027-01-20; the offer starts 2027-01-01");

    Candidate late =
        person(ResidenceStatus.RECOGNISED).availableFrom(LocalDate.of(2027, 3, 1)).build();
    Verdict out = RULES.evaluate(late, january, TODAY);
    assertThat(render(out.exclusions(), Locale.ENGLISH))
        .containsExactly(
            "Available from 2027-03-01; the offer starts 2027-01-01 (more than 30 days earlier)");
    assertThat(render(out.exclusions(), Locale.GERMAN))
        .containsExactly(
            "Verfügbar ab 1. März 2027; das Angebot beginnt 1. Januar 2027 (mehr als 30 Tage früher)");

    Vacancy alreadyRunning = offer(OfferType.JOB).start(LocalDate.of(2026, 1, 1)).build();
    Candidate nextWeek =
        person(ResidenceStatus.RECOGNISED).availableFrom(LocalDate.of(2026, 12, 1)).build();
    assertThat(gaps(RULES.evaluate(nextWeek, alreadyRunning, TODAY), Locale.ENGLISH))
        .containsExactly("Available from 2026-12-01; the offer starts 2026-11-21");
  }

  @Test
  void schoolCertificate_missing_gapAndStep() {
    Candidate none = person(ResidenceStatus.RECOGNISED).build();
    Verdict v =
        RULES.evaluate(
            none,
            offer(OfferType.APPRENTICESHIP)
                .requiresSchoolCertificate(SchoolCertificate.HAUPTSCHULE)
                .build(),
            TODAY);
    assertThat(gaps(v, Locale.ENGLISH))
        .containsExactly("School certificate required (Hauptschulabschluss); none yet");
    assertThat(steps(v, Locale.ENGLISH))
        .containsExactly(
            "SCHOOL_CERTIFICATE 10: school-leaving certificate course (Hauptschulabschluss)");

    Candidate mittlereReife =
        person(ResidenceStatus.RECOGNISED)
            .education(new Education(OptionalInt.of(3), SchoolCertificate.MITTLERE_REIFE))
            .build();
    Verdict abitur =
        RULES.evaluate(
            mittlereReife,
            offer(OfferType.APPRENTICESHIP)
                .requiresSchoolCertificate(SchoolCertificate.ABITUR)
                .build(),
            TODAY);
    assertThat(gaps(abitur, Locale.GERMAN))
        .containsExactly("Schulabschluss verlangt (Abitur); vorhanden: Mittlere Reife");
  }

  @Test
  void duldung_apprenticeship_ausbildungsduldungRoute() {
    Vacancy apprenticeship = offer(OfferType.APPRENTICESHIP).build();

    Verdict ready = RULES.evaluate(person(ResidenceStatus.DULDUNG).build(), apprenticeship, TODAY);
    assertThat(steps(ready, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for an Ausbildungsduldung (§60c AufenthG) for this apprenticeship");

    Candidate recent =
        person(
                residence(
                    ResidenceStatus.DULDUNG,
                    TODAY.minusMonths(1),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .build();
    Verdict waiting = RULES.evaluate(recent, apprenticeship, TODAY);
    assertThat(gaps(waiting, Locale.ENGLISH))
        .containsExactly(
            "Work permit needed: with Duldung this offer needs the immigration office's"
                + " permission",
            "Ausbildungsduldung (§60c AufenthG) possible from 2027-01-21 (needs 3 months of"
                + " Duldung)");
    assertThat(steps(waiting, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 2: apply for an Ausbildungsduldung (§60c AufenthG) from 2027-01-21");

    Candidate unclarified =
        person(
                residence(
                    ResidenceStatus.DULDUNG,
                    TODAY.minusYears(2),
                    Optional.empty(),
                    Optional.empty(),
                    false))
            .build();
    Verdict identity = RULES.evaluate(unclarified, apprenticeship, TODAY);
    assertThat(gaps(identity, Locale.ENGLISH))
        .containsExactly(
            "Work permit needed: with Duldung this offer needs the immigration office's"
                + " permission",
            "Identity not clarified: no Ausbildungsduldung (§60c AufenthG), only a discretionary"
                + " permit");
    assertThat(steps(identity, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for the immigration office's permission (no approval by the"
                + " employment agency needed)");
  }

  @Test
  void duldung_job_beschaeftigungsduldungRouteWhenPriorWorkInGermany() {
    Candidate worker =
        person(
                residence(
                    ResidenceStatus.DULDUNG,
                    LocalDate.of(2022, 6, 1),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .hoursPerWeek(38)
            .experience(
                new Experience(ConceptRef.text("Lagerarbeit", "de"), 1.5, Optional.of("DE")))
            .build();
    Verdict v = RULES.evaluate(worker, offer(OfferType.JOB).build(), TODAY);
    assertThat(steps(v, Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for a Beschäftigungsduldung (§60d AufenthG) or a permit for this"
                + " job");
    assertThat(steps(v, Locale.GERMAN))
        .containsExactly(
            "WORK_PERMIT 1: Beschäftigungsduldung (§60d AufenthG) oder Erlaubnis für diese Stelle"
                + " beantragen");

    Candidate abroad =
        person(
                residence(
                    ResidenceStatus.DULDUNG,
                    LocalDate.of(2022, 6, 1),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .experience(new Experience(ConceptRef.text("Lagerarbeit", "de"), 5, Optional.of("SY")))
            .build();
    assertThat(steps(RULES.evaluate(abroad, offer(OfferType.JOB).build(), TODAY), Locale.ENGLISH))
        .containsExactly(
            "WORK_PERMIT 1: apply for the immigration office's permission (no approval by the"
                + " employment agency needed)");
  }

  @Test
  void fourYearsOfStay_jobNeedsNoBaApproval() {
    Candidate c =
        person(
                residence(
                    ResidenceStatus.DULDUNG,
                    TODAY.minusYears(4),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .build();
    Verdict v = RULES.evaluate(c, offer(OfferType.JOB).build(), TODAY);
    assertThat(v.steps()).extracting(PathwayStep::months).containsExactly(1);
  }

  @Test
  void severalRules_allReasonsReported() {
    Candidate c =
        person(explicit(ResidenceStatus.DULDUNG, WorkPermission.BANNED))
            .birthYear(TODAY.getYear() - 20)
            .hoursPerWeek(10)
            .build();
    Verdict v = RULES.evaluate(c, offer(OfferType.TQ).build(), TODAY);
    assertThat(render(v.exclusions(), Locale.ENGLISH))
        .containsExactly(
            "Not allowed to work with Duldung: only a practical trial of up to 6 weeks without an"
                + " employment relation (§45 SGB III) is possible",
            "Age 20 is below the minimum age of 25 for this offer type");
    assertThat(RULES.possibleTypes(c, TODAY)).isEqualTo(EnumSet.of(OfferType.PRACTICAL_TRIAL));
  }

  @Test
  void workPermission_explicitWins_elseDerivedPerOfferType() {
    Candidate derived = person(ResidenceStatus.AUSBILDUNGSDULDUNG).build();
    assertThat(RULES.workPermission(derived, OfferType.APPRENTICESHIP))
        .isEqualTo(WorkPermission.ALLOWED);
    assertThat(RULES.workPermission(derived, OfferType.JOB))
        .isEqualTo(WorkPermission.APPROVAL_REQUIRED);
    Candidate explicit =
        person(explicit(ResidenceStatus.AUSBILDUNGSDULDUNG, WorkPermission.BANNED)).build();
    assertThat(RULES.workPermission(explicit, OfferType.APPRENTICESHIP))
        .isEqualTo(WorkPermission.BANNED);
  }

  // ---- helpers ----

  private static org.chancengeber.matcher.model.Residence explicit(
      ResidenceStatus status, WorkPermission permission) {
    return residence(status, TODAY.minusYears(2), Optional.empty(), Optional.of(permission), true);
  }

  private static Candidate aged(int years) {
    return person(ResidenceStatus.RECOGNISED).birthYear(TODAY.getYear() - years).build();
  }

  private static Candidate withPermitUntil(ResidenceStatus status, LocalDate until) {
    return person(
            residence(status, TODAY.minusYears(2), Optional.of(until), Optional.empty(), true))
        .build();
  }

  static List<String> gaps(Verdict v, Locale locale) {
    return v.gaps().stream().map(g -> g.detail().render(locale)).toList();
  }

  static List<String> steps(Verdict v, Locale locale) {
    return v.steps().stream()
        .map(s -> s.step() + " " + s.months() + ": " + s.detail().render(locale))
        .toList();
  }

  static List<String> render(List<Message> messages, Locale locale) {
    return messages.stream().map(m -> m.render(locale)).toList();
  }
}
