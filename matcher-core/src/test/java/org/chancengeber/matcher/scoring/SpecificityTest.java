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

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** How specific a required skill is, taken from the taxonomy's occupation profiles. */
final class SpecificityTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
  private static final Location HERE = Location.of(51.3127, 9.4797, "Kassel");

  /** Four occupations; "office" is listed by all, "forklift" by one, "teamwork" is transversal. */
  private static Taxonomy taxonomy() {
    Taxonomy.Builder b = Taxonomy.builder();
    for (String o : new String[] {"a", "b", "c", "d"}) {
      b.occupation(new Occupation(OCC + o, "9333", Optional.empty(), label(o), Optional.empty()));
      b.relation(OCC + o, SKILL + "office", o.equals("a"));
    }
    b.skill(skill("office", "cross-sector"));
    b.skill(skill("forklift", "sector-specific"));
    b.skill(skill("teamwork", "transversal"));
    b.skill(skill("unlisted", "sector-specific"));
    b.skillGroup(SKILL + "group", label("a group"));
    b.relation(OCC + "a", SKILL + "forklift", true);
    b.relation(OCC + "a", SKILL + "teamwork", true);
    return b.build();
  }

  private static Labels label(String en) {
    return new Labels(Map.of("en", en), Map.of());
  }

  private static Skill skill(String id, String reuse) {
    return new Skill(SKILL + id, SkillType.SKILL_COMPETENCE, reuse, label(id));
  }

  private static Concepts.Specificity specificity(Concepts concepts, String key) {
    return concepts.specificity(concepts.id(key));
  }

  @Test
  void specificity_isLn1PlusOccupationsOverThoseListingTheSkill() {
    Concepts concepts = new Concepts(taxonomy(), ScoringProfile.defaults());
    assertThat(specificity(concepts, SKILL + "forklift"))
        .isEqualTo(new Concepts.Specificity(Math.log(5), 1, 4, Concepts.SpecificityKind.LISTED));
    assertThat(specificity(concepts, SKILL + "office"))
        .isEqualTo(new Concepts.Specificity(Math.log(2), 4, 4, Concepts.SpecificityKind.LISTED));
  }

  @Test
  void specificity_transversalSkillsAndGroupsAreGeneral_unknownConceptsAverage() {
    Concepts concepts = new Concepts(taxonomy(), ScoringProfile.defaults());
    // teamwork is listed by one occupation only, but ESCO marks it transversal
    assertThat(specificity(concepts, SKILL + "teamwork"))
        .isEqualTo(new Concepts.Specificity(Math.log(2), 4, 4, Concepts.SpecificityKind.GENERIC));
    assertThat(specificity(concepts, SKILL + "group").kind())
        .isEqualTo(Concepts.SpecificityKind.GENERIC);
    double mean = (Math.log(5) + Math.log(2)) / 2;
    assertThat(specificity(concepts, SKILL + "unlisted"))
        .isEqualTo(new Concepts.Specificity(mean, 0, 4, Concepts.SpecificityKind.UNKNOWN));
    assertThat(specificity(concepts, "text:de:gabelstapler fahren").value())
        .isCloseTo(mean, within(1e-12));
  }

  @Test
  void shares_dependOnTheOfferAndTheTaxonomyOnly() {
    MatchScorer scorer =
        new MatchScorer(
            taxonomy(),
            ScoringProfile.defaults(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    Vacancy offer = offer("v-1", "forklift", "office");
    PreparedVacancy first = scorer.prepare(offer);
    for (int i = 0; i < 50; i++) {
      scorer.prepare(offer("v-other-" + i, i % 2 == 0 ? "office" : "forklift", "teamwork"));
    }
    PreparedVacancy again = scorer.prepare(offer);
    assertThat(first.skillCount()).isEqualTo(2);
    for (int i = 0; i < first.skillCount(); i++) {
      assertThat(again.skillShare(i)).isEqualTo(first.skillShare(i));
    }
    assertThat(first.skillShare(0))
        .isCloseTo((float) (Math.log(5) / (Math.log(5) + Math.log(2))), within(1e-6f));
  }

  @Test
  void explanation_saysWhyATransversalSkillCountsLittle_inEnglishAndGerman() {
    MatchScorer scorer =
        new MatchScorer(
            taxonomy(),
            ScoringProfile.defaults(),
            RuleSet.germanDefaults(),
            PathwayPlanner.germanDefaults(),
            12);
    Candidate person =
        Candidate.builder("c-1", HERE, Residence.of(ResidenceStatus.RECOGNISED))
            .maxTravelKm(25)
            .birthYear(1995)
            .skill(SkillClaim.of(ConceptRef.id(SKILL + "teamwork"), Evidence.RECOGNISED))
            .build();
    Match m =
        scorer
            .evaluate(
                scorer.prepare(person), scorer.prepare(offer("v-1", "forklift", "teamwork")), TODAY)
            .match()
            .orElseThrow();
    assertThat(m.factors().get(0).value())
        .isCloseTo(Math.log(2) / (Math.log(5) + Math.log(2)), within(1e-6));
    assertThat(m.explanation().render(Locale.ENGLISH))
        .contains(
            "      0.693 = specificity 0.69: a transversal skill or a skill group, counted as"
                + " general as the most widely listed skill (4 of 4 occupations)\n");
    assertThat(m.explanation().render(Locale.GERMAN))
        .contains(
            "      0.693 = Spezifität 0,69: eine übergreifende Kenntnis oder Kenntnisgruppe, zählt"
                + " so allgemein wie die meistgenannte Kenntnis (4 von 4 Berufen)\n");
  }

  private static Vacancy offer(String id, String essential, String other) {
    return Vacancy.builder(id, new Employer("e", "E", false, false, false), OfferType.JOB, HERE)
        .skill(ConceptRef.id(SKILL + essential), true)
        .skill(ConceptRef.id(SKILL + other), true)
        .build();
  }
}
