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
package org.chancengeber.matcher.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class ThinProfilesTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final List<ThinProfiles.Scenario> ALL = List.of(ThinProfiles.Scenario.values());
  private static Taxonomy sample;
  private static ThinProfiles truth;

  @BeforeAll
  static void draw() {
    sample = SampleData.taxonomy();
    truth = ThinProfiles.draw(sample, settings(7), ALL);
  }

  private static ThinProfiles.Settings settings(long seed) {
    return new ThinProfiles.Settings(40, 400, seed, 60);
  }

  private static List<Candidate> everybody(ThinProfiles t) {
    List<Candidate> all = new ArrayList<>();
    ALL.forEach(s -> all.addAll(t.people(s)));
    return all;
  }

  private static Set<String> profile(Taxonomy t, Occupation o) {
    return t.skillsOf(o.uri()).stream().map(OccupationSkill::skillUri).collect(Collectors.toSet());
  }

  @Test
  void draw_sameSeed_sameData_otherSeed_otherData() {
    ThinProfiles again = ThinProfiles.draw(sample, settings(7), ALL);
    ThinProfiles other = ThinProfiles.draw(sample, settings(8), ALL);
    assertThat(again.offers()).isEqualTo(truth.offers());
    assertThat(everybody(again)).isEqualTo(everybody(truth));
    assertThat(other.offers()).isNotEqualTo(truth.offers());
    assertThat(everybody(other)).isNotEqualTo(everybody(truth));
  }

  @Test
  void draw_oneScenario_samePeopleAsWhenAllAreDrawn() {
    ThinProfiles related =
        ThinProfiles.draw(sample, settings(7), List.of(ThinProfiles.Scenario.RELATED));
    assertThat(related.people(ThinProfiles.Scenario.RELATED))
        .isEqualTo(truth.people(ThinProfiles.Scenario.RELATED));
    assertThat(related.people(ThinProfiles.Scenario.IDS)).isEmpty();
  }

  @Test
  void draw_everyPerson_hasAnOwnOccupationOfferWithinTravelDistance() {
    assertThat(everybody(truth)).hasSize(40 * ALL.size());
    for (Candidate person : everybody(truth)) {
      List<Vacancy> own =
          truth.offers().stream()
              .filter(v -> truth.grade(person.id(), v.id()) == ThinProfiles.OWN)
              .toList();
      assertThat(own).as(person.id()).isNotEmpty();
      for (Vacancy offer : own) {
        assertThat(person.location().distanceKm(offer.location()))
            .isLessThanOrEqualTo(person.maxTravelKm());
        assertThat(truth.occupationOf(offer.id())).isEqualTo(truth.occupationOf(person.id()));
      }
    }
  }

  @Test
  void draw_relevantOffers_areNotSystematicallyTheNearest() {
    // rank of each own-occupation offer among the person's offers in reach, by distance, as a
    // share: about 0.5 when relevant offers lie where offers lie, near 0 when they are the nearest
    double sum = 0;
    int count = 0;
    for (Candidate person : everybody(truth)) {
      List<Double> inReach = new ArrayList<>();
      List<Double> own = new ArrayList<>();
      for (Vacancy offer : truth.offers()) {
        if (truth.inReach(person.id(), offer.id())) {
          double km = person.location().distanceKm(offer.location());
          inReach.add(km);
          if (truth.grade(person.id(), offer.id()) == ThinProfiles.OWN) {
            own.add(km);
          }
        }
      }
      for (double km : own) {
        sum += inReach.stream().filter(d -> d < km).count() / (double) inReach.size();
        count++;
      }
    }
    assertThat(sum / count).isBetween(0.35, 0.65);
    for (ThinProfiles.Scenario s : ALL) {
      ThinProfiles.Stats stats = truth.stats(s);
      assertThat(stats.nearestIsOwn()).as(s.cli).isLessThan(0.25);
      assertThat(stats.ownKm()).as(s.cli).isGreaterThan(0.7 * stats.reachKm());
    }
  }

  @Test
  void grade_ownThree_sameUnitGroupOrBroaderOne_otherAndOutOfReachZero() {
    Taxonomy t = GroundTruthTest.taxonomy();
    Occupation welder = t.occupation(OCC + "welder").orElseThrow();
    assertThat(ThinProfiles.grade(welder, welder)).isEqualTo(3);
    assertThat(ThinProfiles.grade(welder, t.occupation(OCC + "cutter").orElseThrow())).isEqualTo(1);
    assertThat(ThinProfiles.grade(welder, t.occupation(OCC + "sheet").orElseThrow())).isZero();
    assertThat(ThinProfiles.grade(welder, t.occupation(OCC + "cook").orElseThrow())).isZero();
    Occupation pastry =
        new Occupation(
            OCC + "pastry", "5121", Optional.empty(), Labels.NONE, Optional.of(OCC + "cook"));
    Occupation cook = t.occupation(OCC + "cook").orElseThrow();
    assertThat(ThinProfiles.grade(pastry, cook)).isEqualTo(1);
    assertThat(ThinProfiles.grade(cook, pastry)).isEqualTo(1);

    for (Candidate person : truth.people(ThinProfiles.Scenario.IDS)) {
      for (Vacancy offer : truth.offers()) {
        int expected =
            truth.inReach(person.id(), offer.id())
                ? ThinProfiles.grade(
                    truth.occupationOf(person.id()), truth.occupationOf(offer.id()))
                : 0;
        assertThat(truth.grade(person.id(), offer.id())).isEqualTo(expected);
        assertThat(truth.inReach(person.id(), offer.id()))
            .isEqualTo(person.location().distanceKm(offer.location()) <= person.maxTravelKm());
      }
      assertThat(truth.grades(person.id()))
          .containsExactly(
              truth.offers().stream().mapToInt(v -> truth.grade(person.id(), v.id())).toArray());
    }
  }

  @Test
  void draw_idsPeople_threeToSixOwnSkillsAndOneOrTwoNoise_noOccupation_mostlySelfReported() {
    int selfReported = 0;
    int claims = 0;
    for (Candidate person : truth.people(ThinProfiles.Scenario.IDS)) {
      Set<String> own = profile(sample, truth.occupationOf(person.id()));
      List<String> ids =
          person.skills().stream().map(c -> ((ConceptRef.Id) c.skill()).uri()).toList();
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(ids.stream().filter(own::contains).count()).isBetween(3L, 6L);
      assertThat(ids.stream().filter(s -> !own.contains(s)).count()).isBetween(1L, 2L);
      assertThat(person.experience()).isEmpty();
      assertThat(person.qualifications()).isEmpty();
      assertThat(person.preferences().occupations()).isEmpty();
      claims += ids.size();
      selfReported +=
          (int)
              person.skills().stream().filter(c -> c.evidence() == Evidence.SELF_REPORTED).count();
    }
    assertThat((double) selfReported / claims).isBetween(0.45, 0.8);
  }

  @Test
  void draw_textPeople_skillsAsFreeTextInTheirLanguage() {
    for (ThinProfiles.Scenario s :
        List.of(ThinProfiles.Scenario.TEXT_EN, ThinProfiles.Scenario.TEXT_DE)) {
      String lang = s == ThinProfiles.Scenario.TEXT_DE ? "de" : "en";
      for (Candidate person : truth.people(s)) {
        assertThat(person.skills()).hasSizeBetween(4, 8);
        for (SkillClaim claim : person.skills()) {
          ConceptRef.Text text = (ConceptRef.Text) claim.skill();
          assertThat(text.lang()).isEqualTo(lang);
          assertThat(text.text()).isNotBlank().doesNotContain("(");
        }
        assertThat(person.experience()).isEmpty();
      }
    }
  }

  @Test
  void draw_relatedPeople_aRelatedOccupationAndThreeOwnSkills() {
    for (Candidate person : truth.people(ThinProfiles.Scenario.RELATED)) {
      Occupation own = truth.occupationOf(person.id());
      List<ConceptRef> occupations = new ArrayList<>();
      person.experience().stream().map(Experience::occupation).forEach(occupations::add);
      person.qualifications().stream().map(Qualification::occupation).forEach(occupations::add);
      assertThat(occupations).hasSize(1);
      Occupation other = sample.occupation(occupations.get(0).toString()).orElseThrow();
      assertThat(ThinProfiles.related(own, other)).isTrue();
      Set<String> profile = profile(sample, own);
      assertThat(person.skills())
          .hasSize(3)
          .allMatch(c -> profile.contains(((ConceptRef.Id) c.skill()).uri()));
    }
  }

  @Test
  void draw_titlePeople_onlyAGermanTitleAsExperience() {
    for (Candidate person : truth.people(ThinProfiles.Scenario.TITLE_DE)) {
      assertThat(person.skills()).isEmpty();
      assertThat(person.experience()).hasSize(1);
      ConceptRef.Text title = (ConceptRef.Text) person.experience().get(0).occupation();
      assertThat(title.lang()).isEqualTo("de");
      assertThat(title.text()).doesNotContain("/");
    }
  }

  @Test
  void draw_rulesExcludeNothingInReach_andOffersVary() {
    RuleSet rules = RuleSet.germanDefaults();
    List<Candidate> some = truth.people(ThinProfiles.Scenario.IDS).subList(0, 10);
    for (Candidate person : some) {
      assertThat(person.residence().status()).isEqualTo(ResidenceStatus.RECOGNISED);
      assertThat(person.language("de").orElseThrow().level()).isEqualTo(Cefr.B2);
      assertThat(person.maxTravelKm()).isBetween(30.0, 50.0);
      for (Vacancy offer : truth.offers()) {
        assertThat(rules.evaluate(person, offer, Corpus.TODAY).eligible())
            .as(person.id() + " " + offer.id())
            .isTrue();
      }
    }
    List<Vacancy> offers = truth.offers();
    assertThat(offers.stream().map(Vacancy::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(OfferType.values());
    assertThat(offers).anyMatch(v -> v.start().isEmpty());
    assertThat(offers)
        .anyMatch(v -> v.start().filter(d -> d.isAfter(Corpus.TODAY.plusDays(60))).isPresent());
    assertThat(offers).anyMatch(v -> v.employer().mentoring());
    assertThat(offers).anyMatch(v -> !v.employer().mentoring());
    assertThat(offers).allMatch(v -> v.skills().size() >= 3 && v.skills().size() <= 8);
    assertThat(offers.stream().map(v -> v.location().city().orElseThrow()).distinct().count())
        .isGreaterThan(8);
    for (Vacancy offer : offers) {
      assertThat(offer.location().distanceKm(ThinProfiles.CENTRE)).isLessThan(75);
    }
  }

  @Test
  void draw_taxonomyWithoutGermanLabels_skipsGermanScenarios() {
    ThinProfiles t =
        ThinProfiles.draw(
            GroundTruthTest.taxonomy(),
            new ThinProfiles.Settings(5, 50, 1, 60),
            List.of(ThinProfiles.Scenario.TEXT_DE, ThinProfiles.Scenario.TITLE_DE));
    assertThat(t.people(ThinProfiles.Scenario.TEXT_DE)).isEmpty();
    assertThat(t.skipped(ThinProfiles.Scenario.TEXT_DE))
        .contains(
            "no usable occupation has 3 essential skills with a German label (0 of 20 skills have"
                + " one)");
    assertThat(t.skipped(ThinProfiles.Scenario.TITLE_DE))
        .contains("no usable occupation has a German label");
  }

  @Test
  void typed_oneGenderedForm_noBracketsOrArticle() {
    Labels labels =
        new Labels(
            Map.of("de", "Koch/Köchin", "en", "the cook (kitchen)"),
            Map.of("de", List.of("Der Koch (Restaurant)")));
    Set<String> german = new HashSet<>();
    Set<String> english = new HashSet<>();
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      german.add(ThinProfiles.typed(labels, "de", random));
      english.add(ThinProfiles.typed(labels, "en", random));
    }
    assertThat(german).containsExactlyInAnyOrder("koch", "Koch", "köchin", "Köchin");
    assertThat(english).containsExactly("cook");
  }

  @Test
  void scenarioParse_allOrNames_unknownIsRejected() {
    assertThat(ThinProfiles.Scenario.parse("all")).isEqualTo(ALL);
    assertThat(ThinProfiles.Scenario.parse("title-de,ids"))
        .containsExactly(ThinProfiles.Scenario.TITLE_DE, ThinProfiles.Scenario.IDS);
    assertThatThrownBy(() -> ThinProfiles.Scenario.parse("text-fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scenario (text-fr) must be all or one of ids, text-en, text-de, related, title-de");
  }
}
