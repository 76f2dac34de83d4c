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
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Each factor's behaviour, through the exact scorer. Without a minimum fit and without occupations
 * inferred from skills, so that each factor shows on its own (both have tests of their own).
 */
final class MatchScorerTest {
  private static final double EPS = 1e-6;

  /**
   * The fit weights and occupation profile the expected values below are worked out with (the
   * defaults may move; these tests are about how each factor behaves).
   */
  static final ScoringProfile PINNED =
      ScoringProfile.builder()
          .weight(FactorKind.SKILLS, 0.50)
          .weight(FactorKind.EXPERIENCE, 0.35)
          .weight(FactorKind.PREFERENCES, 0.15)
          .occupationProfileShare(0.3)
          .occupationProfileSkills(10)
          .build();

  private static final MatchScorer SCORER =
      new MatchScorer(
          Fixtures.taxonomy(),
          PINNED.toBuilder().minFit(0).inferredOccupations(0).build(),
          RuleSet.germanDefaults(),
          PathwayPlanner.germanDefaults(),
          12);

  /** Specificity of a skill that {@code n} of the fixture's 7 occupations list: ln(1 + 7 / n). */
  private static double spec(int n) {
    return Math.log1p(7.0 / n);
  }

  /** Weight of the cook job's own skills: prepare dishes (essential, 2 occupations), stock (1). */
  private static final double OWN = 2 * spec(2) + spec(1);

  /** The cook job's own skills carry 0.7 of the skills factor, by weight × specificity. */
  private static final double PREPARE_SHARE = 0.7 * 2 * spec(2) / OWN;

  private static final double STOCK_SHARE = 0.7 * spec(1) / OWN;

  /**
   * The cook's further skills carry 0.3: food hygiene (essential for cooks, 2 occupations) and use
   * knives (optional, 2 occupations).
   */
  private static final double HYGIENE_SHARE = 0.3 * 2 / 3;

  private static final double KNIVES_SHARE = 0.3 / 3;

  /** A similar skill counts half its similarity; use knives is in prepare dishes' group: 0.4. */
  private static final double KNIVES_FROM_PREPARE = 0.4 * 0.5;

  /**
   * A cook's job in Kassel: prepare dishes (essential), manage stock (optional, unrelated to
   * cooking in the fixture taxonomy, so each skill's contribution shows on its own), German B1; the
   * occupation adds food hygiene and use knives.
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
  void skills_sameConcept_countsTheShare_whateverTheEvidence() {
    // the claim also reaches use knives, a skill of the cook, as a similar skill
    assertThat(skills(b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build()))
        .isCloseTo(PREPARE_SHARE + KNIVES_SHARE * KNIVES_FROM_PREPARE, within(EPS));
    assertThat(skills(b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build()))
        .isCloseTo(PREPARE_SHARE + KNIVES_SHARE * KNIVES_FROM_PREPARE, within(EPS));
  }

  @Test
  void skills_narrowerConcept_countsHalfItsHierarchySimilarity() {
    assertThat(skills(b1Person().skill(claim(GRILL_MEAT, Evidence.CERTIFICATE)).build()))
        .isCloseTo(PREPARE_SHARE * 0.8 * 0.5, within(EPS)); // direct narrower: 0.8
  }

  @Test
  void skills_essentialCoveredBySelfReportedNeighbour_explanationNamesTheClaimNotTheSkill() {
    Match near =
        match(
            b1Person().skill(claim(GRILL_MEAT, Evidence.SELF_REPORTED)).build(), cookJob().build());
    assertThat(near.explanation().render(Locale.ENGLISH))
        .contains(
            "0.000 = covered only by a self-reported claim: a practical trial can prove it\n");
    assertThat(near.explanation().render(Locale.GERMAN))
        .contains(
            "0.000 = nur durch eine eigene Angabe abgedeckt: ein Praktikum kann sie belegen\n");
  }

  @Test
  void skills_exactSkillOutweighsANeighbour_andTheExplanationSaysWhy() {
    Vacancy v = cookJob().build();
    Match exact = match(b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build(), v);
    Match near = match(b1Person().skill(claim(GRILL_MEAT, Evidence.CERTIFICATE)).build(), v);
    assertThat(exact.factors().get(0).value()).isGreaterThan(2 * near.factors().get(0).value());
    assertThat(near.explanation().render(Locale.ENGLISH))
        .contains(
            "        0.400 = own skill \"grill meat\" (narrower concept, similarity 0.80),"
                + " evidence certificate (sure 0.95, not scored)\n"
                + "          0.500 = a similar skill, not the one asked for: its similarity counts"
                + " × 0.50\n");
    assertThat(near.explanation().render(Locale.GERMAN))
        .contains(
            "          0.500 = eine ähnliche, nicht die verlangte Kenntnis: ihre Ähnlichkeit zählt"
                + " × 0,50\n");
    // the same concept: no discount below the claim
    assertThat(exact.explanation().render(Locale.ENGLISH))
        .contains(
            "        1.000 = own skill \"prepare dishes\" (same concept, similarity 1.00),"
                + " evidence certificate (sure 0.95, not scored)\n"
                + "      0.000 = optional skill \"manage stock\"");
  }

  @Test
  void skills_similarSkillWeightOne_countsTheFullSimilarity() {
    MatchScorer full =
        new MatchScorer(
            Fixtures.taxonomy(),
            PINNED.toBuilder().similarSkillWeight(1).build(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    Candidate c = b1Person().skill(claim(GRILL_MEAT, Evidence.CERTIFICATE)).build();
    Match m = full.evaluate(full.prepare(c), full.prepare(cookJob().build()), TODAY).match().get();
    assertThat(m.factors().get(0).value()).isCloseTo(PREPARE_SHARE * 0.8, within(EPS));
  }

  @Test
  void skills_essentialWeighsTwiceOptional_atEqualSpecificity() {
    // no occupation: only the offer's own skills; both are listed by 2 of 7 occupations
    Vacancy v =
        Vacancy.builder("v-eo", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .skill(ConceptRef.id(Fixtures.FOOD_HYGIENE), true)
            .skill(ConceptRef.id(USE_KNIVES), false)
            .build();
    double essential =
        factor(
            b1Person().skill(claim(Fixtures.FOOD_HYGIENE, Evidence.RECOGNISED)).build(),
            v,
            FactorKind.SKILLS);
    double optional =
        factor(
            b1Person().skill(claim(USE_KNIVES, Evidence.RECOGNISED)).build(), v, FactorKind.SKILLS);
    assertThat(essential).isCloseTo(2.0 / 3, within(EPS));
    assertThat(optional).isCloseTo(1.0 / 3, within(EPS));
    assertThat(skills(b1Person().build())).isZero();
  }

  @Test
  void skills_aSpecificSkillOutweighsACommonOne() {
    // manage stock: 1 of 7 occupations list it; prepare dishes: 2 of 7
    Vacancy v =
        Vacancy.builder("v-sp", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .skill(ConceptRef.id(PREPARE_DISHES), true)
            .skill(ConceptRef.id(MANAGE_STOCK), true)
            .build();
    Match specific = match(b1Person().skill(claim(MANAGE_STOCK, Evidence.RECOGNISED)).build(), v);
    Match common = match(b1Person().skill(claim(PREPARE_DISHES, Evidence.RECOGNISED)).build(), v);
    assertThat(specific.factors().get(0).value())
        .isCloseTo(spec(1) / (spec(1) + spec(2)), within(EPS));
    assertThat(common.factors().get(0).value())
        .isCloseTo(spec(2) / (spec(1) + spec(2)), within(EPS));
    assertThat(specific.score()).isGreaterThan(common.score());
    assertThat(specific.explanation().render(Locale.ENGLISH))
        .contains(
            "      0.580 = essential skill \"manage stock\": 1.00 (share 0.58)\n"
                + "        2.079 = specificity 2.08: 1 of 7 occupations list this skill"
                + " (the fewer, the more it counts)\n")
        .contains(
            "        1.504 = specificity 1.50: 2 of 7 occupations list this skill"
                + " (the fewer, the more it counts)\n");
    assertThat(specific.explanation().render(Locale.GERMAN))
        .contains(
            "        2.079 = Spezifität 2,08: 1 von 7 Berufen nennen diese Kenntnis"
                + " (je weniger, desto mehr zählt sie)\n");
    MatchScorer alike =
        new MatchScorer(
            Fixtures.taxonomy(),
            PINNED.toBuilder().skillSpecificity(0).build(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    Candidate c = b1Person().skill(claim(MANAGE_STOCK, Evidence.RECOGNISED)).build();
    Match m = alike.evaluate(alike.prepare(c), alike.prepare(v), TODAY).match().orElseThrow();
    assertThat(m.factors().get(0).value()).isCloseTo(0.5, within(EPS));
    assertThat(m.explanation().render(Locale.ENGLISH)).doesNotContain("specificity");
  }

  @Test
  void skills_theOccupationsFurtherSkillsCountForTheScoreOnly() {
    Vacancy v = cookJob().build();
    Match m = match(b1Person().skill(claim(Fixtures.FOOD_HYGIENE, Evidence.RECOGNISED)).build(), v);
    assertThat(m.factors().get(0).value()).isCloseTo(HYGIENE_SHARE, within(EPS));
    String en = m.explanation().render(Locale.ENGLISH);
    assertThat(en)
        .contains(
            "      0.200 = the 2 weightiest further skills of the occupation \"cook\", which the"
                + " offer does not name, carry 0.30 of this factor\n"
                + "        0.200 = essential for the occupation, not named in the offer:"
                + " \"food hygiene\": 1.00 (share 0.20)\n")
        .contains(
            "        0.000 = optional for the occupation, not named in the offer: \"use knives\":"
                + " 0.00 (share 0.10)\n");
    assertThat(m.explanation().render(Locale.GERMAN))
        .contains(
            "      0.200 = die 2 gewichtigsten weiteren Kenntnisse des Berufs „Koch/Köchin“, die das"
                + " Angebot nicht nennt, tragen 0,30 dieses Faktors\n");
    // the pathway looks at the offer's own essential skills only
    SkillNeeds needs = SCORER.skillNeeds(SCORER.prepare(b1Person().build()), SCORER.prepare(v));
    assertThat(needs.missingEssentialSkills())
        .extracting(l -> Message.renderArg(l, Locale.ENGLISH))
        .containsExactly("prepare dishes");
    // without the share, the offer's own skills alone
    MatchScorer own =
        new MatchScorer(
            Fixtures.taxonomy(),
            PINNED.toBuilder().occupationProfileShare(0).build(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    PreparedVacancy pv = own.prepare(v);
    assertThat(pv.skillCount()).isEqualTo(2);
    assertThat(pv.skillShare(0)).isCloseTo((float) (2 * spec(2) / OWN), within(1e-6f));
    assertThat(SCORER.prepare(v).skillCount()).isEqualTo(4);
  }

  @Test
  void skills_offerWithoutSkillsOrOccupation_fitsNobody() {
    Vacancy bare =
        Vacancy.builder("v-bare", Fixtures.PLAIN, OfferType.JOB, KASSEL).start(TODAY).build();
    Candidate c = b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build();
    assertThat(factor(c, bare, FactorKind.SKILLS)).isZero();
    assertThat(factor(c, bare, FactorKind.EXPERIENCE)).isZero();
    assertThat(match(c, bare).score()).isZero();
    // with the default minimum fit it is no match, and the reason says so
    MatchScorer defaults =
        new MatchScorer(
            Fixtures.taxonomy(),
            ScoringProfile.defaults(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    Evaluation e = defaults.evaluate(defaults.prepare(c), defaults.prepare(bare), TODAY);
    assertThat(e.match()).isEmpty();
    assertThat(e.exclusions())
        .extracting(m -> m.render(Locale.ENGLISH))
        .containsExactly(
            "the person's skills, experience and preferences fit this offer 0.00,"
                + " below the minimum fit 0.10");
  }

  @Test
  void skills_offerWithOnlyAnOccupation_comparesTheOccupationsSkills() {
    Vacancy v =
        Vacancy.builder("v-occ", Fixtures.PLAIN, OfferType.JOB, KASSEL)
            .occupation(ConceptRef.id(COOK))
            .build();
    Candidate c = b1Person().skill(claim(PREPARE_DISHES, Evidence.RECOGNISED)).build();
    // cook: prepare dishes (essential, 2), food hygiene (essential, 2), use knives (optional, 1,
    // same skill group as prepare dishes: similarity 0.4, counted half); all listed by 2 of 7
    assertThat(factor(c, v, FactorKind.SKILLS)).isCloseTo((2.0 + 0.4 * 0.5) / 5, within(EPS));
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
  void positiveTrial_provesSelfReportedSkillsOfItsOccupation_andCountsAsExperience() {
    Candidate selfReported =
        b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build();
    Candidate tried =
        b1Person()
            .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .measure(positiveTrial(COOK))
            .build();
    // the skills factor does not change with evidence
    assertThat(skills(tried)).isCloseTo(skills(selfReported), within(EPS));
    Match triedMatch = match(tried, cookJob().build());
    Match selfMatch = match(selfReported, cookJob().build());
    // the trial counts as experience in the occupation, and no second trial is needed
    assertThat(triedMatch.factors().get(FactorKind.EXPERIENCE.ordinal()).value())
        .isCloseTo(0.9, within(EPS));
    assertThat(triedMatch.score()).isGreaterThan(selfMatch.score() + 0.2);
    assertThat(triedMatch.pathway())
        .extracting(s -> s.step())
        .doesNotContain(StepKind.PRACTICAL_TRIAL);
    assertThat(selfMatch.pathway()).extracting(s -> s.step()).contains(StepKind.PRACTICAL_TRIAL);
  }

  @Test
  void evidence_changesThePathwayAndThePersonsSureness_notTheFit() {
    Vacancy v = cookJob().build();
    Match reference =
        match(b1Person().skill(claim(PREPARE_DISHES, Evidence.EMPLOYER_REFERENCE)).build(), v);
    Match self = match(b1Person().skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED)).build(), v);
    // every factor but the person's sureness is the same
    assertThat(self.factors().subList(0, 8))
        .extracting(Factor::value)
        .containsExactlyElementsOf(
            reference.factors().subList(0, 8).stream().map(Factor::value).toList());
    assertThat(self.factors().get(8).name()).isEqualTo("evidence");
    assertThat(self.factors().get(8).value()).isEqualTo(0.40);
    assertThat(reference.factors().get(8).value()).isEqualTo(0.90);
    // ... which scales all of that person's scores alike
    assertThat(self.score() / reference.score())
        .isCloseTo((0.9 + 0.1 * 0.40) / (0.9 + 0.1 * 0.90), within(1e-9));
    // what is only self-reported needs a practical trial at the employer: a month on the pathway
    assertThat(reference.pathway()).isEmpty();
    assertThat(reference.readyInMonths()).isZero();
    assertThat(self.pathway())
        .extracting(s -> s.step(), s -> s.months())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StepKind.PRACTICAL_TRIAL, 1));
    assertThat(self.readyInMonths()).isEqualTo(1);
    assertThat(self.explanation().render(Locale.ENGLISH))
        .contains("evidence self-reported (sure 0.40, not scored)")
        .contains(
            "      1.000 = ready in 1 months\n"
                + "        1.000 = practical trial: 1 months\n"
                + "          1.000 = practical trial at Plain GmbH to show: prepare dishes\n"
                + "      0.000 = counted here: 0 months, without the practical trial that only"
                + " proves self-reported skills (evidence does not order offers)\n"
                + "      0.000 = the offer starts on 2027-04-10; ready on "
                + TODAY
                + ": in time\n");
    assertThat(reference.explanation().render(Locale.ENGLISH)).doesNotContain("counted here");
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
        .containsExactly("39,5 km entfernt, die Person fährt höchstens 25 km");
  }

  @Test
  void timing_personAvailableAfterTheStart_losesByMonthsLate() {
    Vacancy v = cookJob().build(); // starts 2027-04-10
    Candidate now = b1Person().skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE)).build();
    assertThat(factor(now, v, FactorKind.TIMING)).isEqualTo(1.0);
    Candidate later =
        b1Person()
            .skill(claim(PREPARE_DISHES, Evidence.CERTIFICATE))
            .availableFrom(TODAY.plusMonths(3).plusDays(20))
            .build();
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
    Candidate gaps = person("c").language("de", Cefr.A1).build();
    // need = 0.25 + 0.5 × language need + 0.5 × gap in the essential skills (none)
    assertThat(factor(ready, plain, FactorKind.SUPPORT)).isCloseTo(1 - 0.25, within(EPS));
    // mentoring (1) and experience (0.5) of 1 + 0.5 + 0.5 offered
    assertThat(factor(ready, supported, FactorKind.SUPPORT))
        .isCloseTo(1 - 0.25 * (1 - 1.5 / 2.0), within(EPS));
    // A1 of B1: language need 1, the essential skill missing: need 1
    assertThat(factor(gaps, plain, FactorKind.SUPPORT)).isCloseTo(0, within(EPS));
    // mentoring 1 + 1 + 0.5, language 0.5 + 2, experience 0.5: 3 of 5.5 offered
    assertThat(factor(gaps, supported, FactorKind.SUPPORT)).isCloseTo(3 / 5.5, within(EPS));
    // a self-reported claim is no gap: evidence does not count in the score
    Candidate selfReported =
        person("c")
            .language("de", Cefr.B1)
            .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
            .build();
    assertThat(factor(selfReported, plain, FactorKind.SUPPORT)).isCloseTo(0.75, within(EPS));
  }

  @Test
  void preferences_occupationsAreFit_offerTypesAreLogistics() {
    Vacancy v = cookJob().build();
    assertThat(factor(b1Person().build(), v, FactorKind.PREFERENCES)).isZero();
    assertThat(factor(b1Person().build(), v, FactorKind.OFFER_TYPE)).isEqualTo(0.5);
    Candidate jobs =
        b1Person().preferences(new Preferences(List.of(), Set.of(OfferType.JOB))).build();
    assertThat(factor(jobs, v, FactorKind.OFFER_TYPE)).isEqualTo(1.0);
    assertThat(factor(jobs, v, FactorKind.PREFERENCES)).isZero();
    assertThat(
            factor(
                b1Person()
                    .preferences(new Preferences(List.of(), Set.of(OfferType.APPRENTICESHIP)))
                    .build(),
                v,
                FactorKind.OFFER_TYPE))
        .isZero();
    assertThat(
            factor(
                b1Person()
                    .preferences(new Preferences(List.of(ConceptRef.id(SOUS_CHEF)), Set.of()))
                    .build(),
                v,
                FactorKind.PREFERENCES))
        .isCloseTo(0.65, within(EPS)); // sous chef ~ cook: 0.65
    assertThat(FactorKind.PREFERENCES.group()).isEqualTo(FactorKind.Group.FIT);
    assertThat(FactorKind.OFFER_TYPE.group()).isEqualTo(FactorKind.Group.LOGISTICS);
  }

  @Test
  void score_isFitTimesTheLogisticsScale_andTheExplanationSaysSo() {
    Candidate c =
        b1Person()
            .skill(claim(PREPARE_DISHES, Evidence.ASSESSED))
            .experience(experience(COOK, 2))
            .build();
    Match m = match(c, cookJob().build());
    double fit = 0;
    double logistics = 0;
    for (Factor f : m.factors().subList(0, FactorKind.values().length)) {
      if (FactorKind.named(f.name()).orElseThrow().group() == FactorKind.Group.FIT) {
        fit += f.weight() * f.value();
      } else {
        logistics += f.weight() * f.value();
      }
    }
    double scale = 0.7 + 0.3 * logistics;
    double sure = 0.9 + 0.1 * 0.60; // one assessed claim
    assertThat(m.score()).isCloseTo(fit * scale * sure, within(1e-12));
    assertThat(m.explanation().value()).isEqualTo(m.score());
    assertThat(m.explanation().details())
        .extracting(d -> d.value())
        .containsExactly(fit, scale, sure);
    assertThat(m.factors())
        .extracting(Factor::name)
        .containsExactly(
            "skills",
            "experience",
            "language",
            "distance",
            "timing",
            "support",
            "preferences",
            "offer_type",
            "evidence");
    String en = m.explanation().render(Locale.ENGLISH);
    String de = m.explanation().render(Locale.GERMAN);
    assertThat(en)
        .startsWith(
            String.format(
                Locale.ROOT,
                "%.3f = score = fit 0.46 × logistics scale 0.98 × evidence scale 0.96%n",
                m.score()))
        .contains(
            "  0.462 = fit 0.46: what decides whether an offer is right (weighted mean of skills,"
                + " occupation, preferred occupations)\n"
                + "    0.217 = skills 0.43 × weight 0.50\n"
                + "      0.414 = essential skill \"prepare dishes\": 1.00 (share 0.41)\n")
        .contains(
            "        1.000 = own skill \"prepare dishes\" (same concept, similarity 1.00),"
                + " evidence tested (sure 0.60, not scored)\n")
        .contains(
            "    0.245 = experience 0.70 × weight 0.35\n"
                + "      0.700 = 2.0 years as \"cook\" (similarity 1.00) count 0.70\n")
        .contains(
            "  0.978 = logistics 0.93: orders offers of similar fit, the fit counts × (0.70 + 0.30"
                + " × logistics)\n"
                + "    0.350 = language 1.00 × weight 0.35\n"
                + "      1.000 = de: has B1, the offer needs B1\n"
                + "    0.250 = distance 1.00 × weight 0.25\n"
                + "      1.000 = 0.0 km away; travels up to 25 km; half value at 12.5 km\n")
        .endsWith(
            "  0.960 = evidence: the person's 1 skill claim(s) are sure 0.60 on average; every"
                + " score of the person counts × (0.90 + 0.10 × 0.60), so it orders people, never a"
                + " person's offers\n");
    assertThat(de)
        .startsWith(
            String.format(
                Locale.ROOT,
                "%.3f = Punktzahl = Passung 0,46 × Rahmenfaktor 0,98 × Nachweisfaktor 0,96",
                m.score()))
        .contains("    0.217 = Kenntnisse 0,43 × Gewicht 0,50\n")
        .contains("      0.700 = 2,0 Jahre als „Koch/Köchin“ (Ähnlichkeit 1,00) zählen 0,70\n")
        .contains("      1.000 = de: vorhanden B1, das Angebot verlangt B1\n");
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
    // labels as message arguments, rendered in the output language
    assertThat(needs.unprovenEssentialSkills())
        .extracting(l -> Message.renderArg(l, Locale.ENGLISH))
        .containsExactly("use knives");
    assertThat(needs.missingEssentialSkills())
        .extracting(l -> Message.renderArg(l, Locale.ENGLISH))
        .containsExactly("food hygiene");
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
    assertThat(m.factors().get(0).value()).isCloseTo(1.0, within(EPS));
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
