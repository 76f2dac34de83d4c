package org.chancengeber.matcher.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chancengeber.matcher.Fixtures.COOK;
import static org.chancengeber.matcher.Fixtures.GOETTINGEN;
import static org.chancengeber.matcher.Fixtures.GRILL_MEAT;
import static org.chancengeber.matcher.Fixtures.KASSEL;
import static org.chancengeber.matcher.Fixtures.KASSEL_WEST;
import static org.chancengeber.matcher.Fixtures.MANAGE_STOCK;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.RESTAURANT;
import static org.chancengeber.matcher.Fixtures.SOUS_CHEF;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.USE_KNIVES;
import static org.chancengeber.matcher.Fixtures.claim;
import static org.chancengeber.matcher.Fixtures.experience;
import static org.chancengeber.matcher.Fixtures.person;
import static org.chancengeber.matcher.Fixtures.positiveTrial;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Each factor's behaviour, through the exact scorer. */
final class MatchScorerTest {
  private static final double EPS = 1e-6;
  private static final MatchScorer SCORER =
      new MatchScorer(
          Fixtures.taxonomy(),
          ScoringProfile.defaults(),
          RuleSet.germanDefaults(),
          PathwayPlanner.germanDefaults(),
          12);

  /**
   * A cook's job in Kassel: prepare dishes (essential), manage stock (optional, unrelated to
   * cooking in the fixture taxonomy, so each skill's contribution shows on its own), German B1.
   */
  private static Vacancy.Builder cookJob() {
    return Vacancy.builder("v-1", Fixtures.PLAIN, OfferType.JOB, KASSEL)
        .occupation(ConceptRef.id(COOK))
        .skill(ConceptRef.id(PREPARE_DISHES), true)
        .skill(ConceptRef.id(MANAGE_STOCK), false)
        .language("de", Cefr.B1)
        .start(TODAY.plusMonths(3));
  }

  private static Candidate.Builder b1Person() {
    return person("c-1").language("de", Cefr.B1);
  }

  private static Match match(Candidate c, Vacancy v) {
    Evaluation e = SCORER.evaluate(SCORER.prepare(c), SCORER.prepare(v), TODAY);
    assertThat(e.exclusions()).isEmpty();
    return e.match().orElseThrow();
  }

  private static double factor(Candidate c, Vacancy v, FactorKind kind) {
    return match(c, v).factors().stream()
        .filter(f -> f.name().equals(kind.jsonName()))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private static double skills(Candidate c) {
    return factor(c, cookJob().build(), FactorKind.SKILLS);
  }

  @Test
  void skills_sameConcept_countsEvidenceWeightTimesShare() {
    assertThat(skills(b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build()))
        .isCloseTo(2.0 / 3 * 0.95, within(EPS));
    assertThat(skills(b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build()))
        .isCloseTo(2.0 / 3 * 0.40, within(EPS));
  }

  @Test
  void skills_narrowerConcept_countsHierarchySimilarity() {
    assertThat(skills(b1Person().skill(claim(GRILL_MEAT, Evidence.CERTIFICATE)).build()))
        .isCloseTo(2.0 / 3 * 0.8 * 0.95, within(EPS)); // direct narrower: 0.8
  }

  @Test
  void skills_essentialWeighsTwiceOptional() {
    double essential = skills(b1Person().skill(claim(PREPARE_DISHES, Evidence.RECOGNISED)).build());
    double optional = skills(b1Person().skill(claim(MANAGE_STOCK, Evidence.RECOGNISED)).build());
    assertThat(essential).isCloseTo(2 * optional, within(EPS));
    assertThat(skills(b1Person().build())).isZero();
  }

  @Test
  void skills_offerWithoutSkillsOrOccupation_isNeutral() {
    Vacancy bare =
        Vacancy.builder("v-bare", Fixtures.PLAIN, OfferType.JOB, KASSEL).start(TODAY).build();
    Candidate c = b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build();
    assertThat(factor(c, bare, FactorKind.SKILLS)).isEqualTo(MatchScorer.NEUTRAL);
    assertThat(factor(c, bare, FactorKind.EXPERIENCE)).isEqualTo(MatchScorer.NEUTRAL);
  }

  @Test
  void skills_offerWithOnlyAnOccupation_comparesTheOccupationsSkills() {
    Vacancy v =
        Vacancy.builder("v-occ", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .occupation(ConceptRef.id(COOK))
            .build();
    Candidate c = b1Person().skill(claim(PREPARE_DISHES, Evidence.RECOGNISED)).build();
    // cook: prepare dishes (essential, 2), food hygiene (essential, 2), use knives (optional, 1,
    // same skill group as prepare dishes: similarity 0.4)
    assertThat(factor(c, v, FactorKind.SKILLS)).isCloseTo((2.0 + 0.4) / 5, within(EPS));
  }

  @Test
  void experience_yearsInSameOccupation_relatedOccupation_andTrial() {
    Vacancy v = cookJob().build();
    assertThat(factor(b1Person().experience(experience(COOK, 5)).build(), v, FactorKind.EXPERIENCE))
        .isCloseTo(1.0, within(EPS));
    assertThat(factor(b1Person().experience(experience(COOK, 1)).build(), v, FactorKind.EXPERIENCE))
        .isCloseTo(0.6, within(EPS));
    assertThat(
            factor(
                b1Person().experience(experience(SOUS_CHEF, 5)).build(), v, FactorKind.EXPERIENCE))
        .isCloseTo(0.65, within(EPS)); // same ISCO unit group: 0.5 + 0.3 × essential overlap 0.5
    assertThat(factor(b1Person().measure(positiveTrial(COOK)).build(), v, FactorKind.EXPERIENCE))
        .isCloseTo(0.9, within(EPS));
    assertThat(
            factor(
                b1Person().experience(experience(COOK, 1)).measure(positiveTrial(COOK)).build(),
                v,
                FactorKind.EXPERIENCE))
        .isCloseTo(1 - 0.4 * 0.1, within(EPS));
    assertThat(factor(b1Person().build(), v, FactorKind.EXPERIENCE)).isZero();
  }

  @Test
  void positiveTrial_raisesSelfReportedSkillsOfItsOccupation_andTheScore() {
    Candidate selfReported =
        b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build();
    Candidate tried =
        b1Person()
            .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .measure(positiveTrial(COOK))
            .build();
    assertThat(skills(tried)).isCloseTo(2.0 / 3 * 0.85, within(EPS));
    assertThat(match(tried, cookJob().build()).score())
        .isGreaterThan(match(selfReported, cookJob().build()).score() + 0.2);
  }

  @Test
  void employerReference_liftsTheScoreAboveSelfReport() {
    Vacancy v = cookJob().build();
    Match reference =
        match(b1Person().skill(claim(PREPARE_DISHES, Evidence.EMPLOYER_REFERENCE)).build(), v);
    Match self = match(b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build(), v);
    assertThat(reference.factors().get(0).value() - self.factors().get(0).value())
        .isCloseTo(2.0 / 3 * (0.90 - 0.40), within(EPS));
    // the unproven skill also costs support (and, with the planner's trial step, time)
    assertThat(reference.score() - self.score())
        .isGreaterThanOrEqualTo(0.30 * 2.0 / 3 * (0.90 - 0.40) + 0.05 * 0.5 - EPS);
  }

  @Test
  void language_eachStepShortCostsThePenalty_optionalCountsHalf() {
    Vacancy b1 = cookJob().build();
    assertThat(factor(person("c").language("de", Cefr.B2).build(), b1, FactorKind.LANGUAGE))
        .isEqualTo(1.0);
    assertThat(factor(person("c").language("de", Cefr.A2).build(), b1, FactorKind.LANGUAGE))
        .isCloseTo(0.75, within(EPS));
    assertThat(factor(person("c").build(), b1, FactorKind.LANGUAGE)).isCloseTo(0.25, within(EPS));
    Vacancy withEnglish = cookJob().language(new LanguageRequirement("en", Cefr.A2, false)).build();
    assertThat(
            factor(person("c").language("de", Cefr.B1).build(), withEnglish, FactorKind.LANGUAGE))
        .isCloseTo(2.0 / 3 + 1.0 / 3 * 0.5, within(EPS));
  }

  @Test
  void distance_halfAtThePivot_andExcludedBeyondTravel() {
    Candidate c = b1Person().build();
    assertThat(factor(c, cookJob().build(), FactorKind.DISTANCE)).isEqualTo(1.0);
    Vacancy west = Vacancy.builder("v-w", Fixtures.PLAIN, OfferType.JOB, KASSEL_WEST).build();
    double km = KASSEL.distanceKm(KASSEL_WEST);
    assertThat(factor(c, west, FactorKind.DISTANCE)).isCloseTo(12.5 / (12.5 + km), within(1e-6));
    Vacancy far = Vacancy.builder("v-far", Fixtures.PLAIN, OfferType.JOB, GOETTINGEN).build();
    Evaluation e = SCORER.evaluate(SCORER.prepare(c), SCORER.prepare(far), TODAY);
    assertThat(e.match()).isEmpty();
    assertThat(e.exclusions())
        .extracting(m -> m.render(Locale.ENGLISH))
        .containsExactly("39.5 km away, the person travels at most 25 km");
    assertThat(e.exclusions())
        .extracting(m -> m.render(Locale.GERMAN))
        .containsExactly("39.5 km entfernt, die Person fährt höchstens 25 km");
  }

  @Test
  void timing_personAvailableAfterTheStart_losesByMonthsLate() {
    Vacancy v = cookJob().build(); // starts 2027-04-10
    assertThat(factor(b1Person().build(), v, FactorKind.TIMING)).isEqualTo(1.0);
    Candidate later = b1Person().availableFrom(TODAY.plusMonths(3).plusDays(20)).build();
    double late = 20 / (365.2425 / 12);
    assertThat(factor(later, v, FactorKind.TIMING)).isCloseTo(1 - 0.5 * late / 12, within(EPS));
  }

  @Test
  void timing_countsThePathwaysMonths() {
    Vacancy v = cookJob().start(TODAY.plusMonths(12)).build();
    Match m = match(person("c").language("de", Cefr.A2).build(), v);
    int months = m.readyInMonths();
    double late =
        Math.max(0, TODAY.plusMonths(months).toEpochDay() - TODAY.plusMonths(12).toEpochDay())
            / (365.2425 / 12);
    double expected = 1 - 0.5 * Math.min(1, months / 12.0) - 0.5 * Math.min(1, late / 12);
    assertThat(m.factors().get(FactorKind.TIMING.ordinal()).value())
        .isCloseTo(expected, within(EPS));
    assertThat(m.explanation().render(Locale.ENGLISH))
        .contains("= ready in " + months + " months\n");
  }

  @Test
  void support_countsMoreForLargerGaps() {
    Vacancy plain = cookJob().build();
    Vacancy supported =
        Vacancy.builder("v-r", RESTAURANT, OfferType.JOB, KASSEL)
            .occupation(ConceptRef.id(COOK))
            .skill(ConceptRef.id(PREPARE_DISHES), true)
            .language("de", Cefr.B1)
            .build();
    Candidate ready = b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build();
    Candidate gaps =
        person("c")
            .language("de", Cefr.A1)
            .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .build();
    assertThat(factor(ready, plain, FactorKind.SUPPORT)).isCloseTo(0.75, within(EPS));
    assertThat(factor(ready, supported, FactorKind.SUPPORT))
        .isCloseTo(1 - 0.25 * 0.25, within(EPS));
    assertThat(factor(gaps, plain, FactorKind.SUPPORT)).isCloseTo(0, within(EPS));
    assertThat(factor(gaps, supported, FactorKind.SUPPORT)).isCloseTo(3.0 / 5.5, within(EPS));
  }

  @Test
  void preferences_offerTypesAndOccupations() {
    Vacancy v = cookJob().build();
    assertThat(factor(b1Person().build(), v, FactorKind.PREFERENCES)).isEqualTo(0.5);
    assertThat(
            factor(
                b1Person().preferences(new Preferences(List.of(), Set.of(OfferType.JOB))).build(),
                v,
                FactorKind.PREFERENCES))
        .isEqualTo(0.75);
    assertThat(
            factor(
                b1Person()
                    .preferences(new Preferences(List.of(), Set.of(OfferType.APPRENTICESHIP)))
                    .build(),
                v,
                FactorKind.PREFERENCES))
        .isEqualTo(0.25);
    assertThat(
            factor(
                b1Person()
                    .preferences(new Preferences(List.of(ConceptRef.id(SOUS_CHEF)), Set.of()))
                    .build(),
                v,
                FactorKind.PREFERENCES))
        .isCloseTo((0.5 + 0.65) / 2, within(EPS)); // sous chef ~ cook: 0.65
  }

  @Test
  void score_isTheWeightedSumOfFactors_andTheExplanationSaysSo() {
    Candidate c =
        b1Person()
            .skill(claim(PREPARE_DISHES, Evidence.ASSESSED))
            .experience(experience(COOK, 2))
            .build();
    Match m = match(c, cookJob().build());
    double sum = 0;
    for (Factor f : m.factors()) {
      sum += f.weight() * f.value();
    }
    assertThat(m.score()).isCloseTo(sum, within(1e-12));
    assertThat(m.explanation().value()).isEqualTo(m.score());
    assertThat(m.explanation().details())
        .extracting(d -> d.value())
        .containsExactlyElementsOf(m.factors().stream().map(f -> f.weight() * f.value()).toList());
    assertThat(m.factors())
        .extracting(Factor::name)
        .containsExactly(
            "skills", "experience", "language", "distance", "timing", "support", "preferences");
    String en = m.explanation().render(Locale.ENGLISH);
    String de = m.explanation().render(Locale.GERMAN);
    assertThat(en)
        .startsWith(
            String.format(Locale.ROOT, "%.3f = score, weighted sum of:%n", m.score()).trim())
        .contains("  0.120 = skills 0.40 × weight 0.30\n")
        .contains(
            "    0.400 = essential skill \"prepare dishes\": 0.60 (share 0.67)\n"
                + "      0.600 = own skill \"prepare dishes\" (same concept, similarity 1.00),"
                + " evidence ASSESSED counts 0.60\n")
        .contains("    0.000 = optional skill \"manage stock\": 0.00 (share 0.33)\n")
        .contains("    0.700 = 2.0 years as \"cook\" (similarity 1.00) count 0.70\n")
        .contains("    1.000 = de: has B1, the offer needs B1\n")
        .contains("    1.000 = 0.0 km away; travels up to 25 km; half value at 12.5 km\n");
    assertThat(de)
        .startsWith(
            String.format(Locale.ROOT, "%.3f = Punktzahl, gewichtete Summe aus:", m.score()))
        .contains("  0.120 = Kenntnisse 0.40 × Gewicht 0.30\n")
        .contains("    0.700 = 2.0 Jahre als „cook“ (Ähnlichkeit 1.00) zählen 0.70\n")
        .contains("    1.000 = de: vorhanden B1, das Angebot verlangt B1\n");
    assertThat(m.explanation().toString()).isEqualTo(en);
  }

  @Test
  void skillNeeds_unprovenMissingYearsAndTrial() {
    Candidate c =
        b1Person()
            .skill(claim(USE_KNIVES, Evidence.SELF_REPORTED))
            .experience(experience(SOUS_CHEF, 3))
            .measure(positiveTrial(SOUS_CHEF))
            .build();
    Vacancy v =
        Vacancy.builder("v-n", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .occupation(ConceptRef.id(COOK))
            .skill(ConceptRef.id(USE_KNIVES), true)
            .skill(ConceptRef.id(Fixtures.FOOD_HYGIENE), true)
            .skill(ConceptRef.id(PREPARE_DISHES), false)
            .build();
    SkillNeeds needs = SCORER.skillNeeds(SCORER.prepare(c), SCORER.prepare(v));
    assertThat(needs.unprovenEssentialSkills()).containsExactly("use knives");
    assertThat(needs.missingEssentialSkills()).containsExactly("food hygiene");
    assertThat(needs.yearsInOccupation()).isEqualTo(3.0);
    assertThat(needs.positiveTrialForOccupation()).isTrue();
    assertThat(needs.qualification()).isEmpty();
  }

  @Test
  void offerPastItsStartOrWithoutPlaces_isExcludedWithReasons() {
    Vacancy past = cookJob().start(TODAY.minusDays(1)).places(0).build();
    Evaluation e = SCORER.evaluate(SCORER.prepare(b1Person().build()), SCORER.prepare(past), TODAY);
    assertThat(e.exclusions())
        .extracting(Message::toString)
        .containsExactly(
            "the offer has no places left",
            "the offer started on 2027-01-09 (today is 2027-01-10)");
  }

  @Test
  void unresolvedText_isComparedAsText_andSaysSo() {
    Vacancy v =
        Vacancy.builder("v-t", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .skill(ConceptRef.text("Dönerspieß schneiden", "de"), true)
            .build();
    Candidate c =
        b1Person()
            .skill(
                org.chancengeber.matcher.model.SkillClaim.of(
                    ConceptRef.text("dönerspieß  schneiden", "de"), Evidence.PRACTICAL_TRIAL))
            .build();
    Match m = match(c, v);
    assertThat(m.factors().get(0).value()).isCloseTo(0.85, within(EPS));
    // the resolver's best guess ("Metall schneiden") stays below the acceptance threshold
    assertThat(m.explanation().render(Locale.ENGLISH))
        .containsPattern(
            "\"Dönerspieß schneiden\" \\(de\\) not found in the taxonomy \\(best confidence"
                + " 0\\.[0-4]\\d\\): compared as text only");
  }

  @Test
  void employerWithoutLocationDifference_otherEmployerFlagsDoNotChangeOtherFactors() {
    Employer e = new Employer("e", "E", true, true, true);
    Vacancy a = cookJob().build();
    Vacancy b =
        Vacancy.builder("v-1", e, OfferType.JOB, Location.of(51.3127, 9.4797, "Kassel"))
            .occupation(ConceptRef.id(COOK))
            .skill(ConceptRef.id(PREPARE_DISHES), true)
            .skill(ConceptRef.id(MANAGE_STOCK), false)
            .language("de", Cefr.B1)
            .start(TODAY.plusMonths(3))
            .build();
    Candidate c = b1Person().skill(claim(PREPARE_DISHES, Evidence.ASSESSED)).build();
    List<Factor> fa = match(c, a).factors();
    List<Factor> fb = match(c, b).factors();
    for (int i = 0; i < fa.size(); i++) {
      if (!fa.get(i).name().equals("support")) {
        assertThat(fb.get(i).value()).isEqualTo(fa.get(i).value());
      }
    }
  }
}
