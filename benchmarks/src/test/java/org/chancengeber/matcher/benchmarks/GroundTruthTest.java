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

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

final class GroundTruthTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";

  /** welder and metal cutter share unit group 7212; sheet metal worker is 7213; cook is 5120. */
  static Taxonomy taxonomy() {
    Taxonomy.Builder t = Taxonomy.builder();
    for (int i = 1; i <= 20; i++) {
      t.skill(
          new Skill(SKILL + "s" + i, SkillType.SKILL_COMPETENCE, "", en("skill" + i + " word")));
    }
    occupation(t, "welder", "7212", 1, 2, 3, 4);
    occupation(t, "cutter", "7212", 3, 4, 5, 6);
    occupation(t, "sheet", "7213", 6, 7, 8, 9);
    occupation(t, "cook", "5120", 10, 11, 12, 13);
    occupation(t, "thin", "9999", 14, 15); // two essential skills only: not usable
    t.occupation(
        new Occupation(OCC + "nogroup", "", Optional.empty(), en("nogroup"), Optional.empty()));
    for (int s = 16; s <= 18; s++) {
      t.relation(OCC + "nogroup", SKILL + "s" + s, true);
    }
    return t.build();
  }

  private static void occupation(Taxonomy.Builder t, String name, String isco, int... skills) {
    t.occupation(new Occupation(OCC + name, isco, Optional.empty(), en(name), Optional.empty()));
    for (int i = 0; i < skills.length; i++) {
      // the last skill of each occupation is optional
      t.relation(OCC + name, SKILL + "s" + skills[i], i < skills.length - 1 || skills.length < 3);
    }
  }

  private static Labels en(String label) {
    return new Labels(Map.of("en", label), Map.of());
  }

  private static GroundTruth.Settings settings(long seed) {
    return new GroundTruth.Settings(50, 0, 2, 0.6, 0.5, 1, seed, "en");
  }

  @Test
  void grade_ownOccupationThenUnitGroupThenMinorGroup() {
    Taxonomy t = taxonomy();
    Occupation welder = t.occupation(OCC + "welder").orElseThrow();
    assertThat(GroundTruth.grade(welder, welder)).isEqualTo(3);
    assertThat(GroundTruth.grade(welder, t.occupation(OCC + "cutter").orElseThrow())).isEqualTo(2);
    assertThat(GroundTruth.grade(welder, t.occupation(OCC + "sheet").orElseThrow())).isEqualTo(1);
    assertThat(GroundTruth.grade(welder, t.occupation(OCC + "cook").orElseThrow())).isZero();
  }

  @Test
  void draw_sameSeed_sameData_otherSeed_otherData() {
    GroundTruth a = GroundTruth.draw(taxonomy(), settings(7));
    GroundTruth b = GroundTruth.draw(taxonomy(), settings(7));
    GroundTruth c = GroundTruth.draw(taxonomy(), settings(8));
    assertThat(a.people()).isEqualTo(b.people());
    assertThat(a.offers()).isEqualTo(b.offers());
    assertThat(a.people()).isNotEqualTo(c.people());
  }

  @Test
  void draw_offersForEveryUsableOccupation_andOnlyThose() {
    GroundTruth truth = GroundTruth.draw(taxonomy(), settings(1));
    Set<String> occupations =
        truth.offers().stream()
            .map(o -> truth.occupationOf(o.id()).uri())
            .collect(Collectors.toSet());
    assertThat(occupations)
        .containsExactlyInAnyOrder(OCC + "welder", OCC + "cutter", OCC + "sheet", OCC + "cook");
    assertThat(truth.offers()).hasSize(8);
    for (Candidate person : truth.people()) {
      assertThat(truth.grades(person.id())).contains(3);
    }
  }

  @Test
  void draw_personClaimsOwnSkillsPlusExactlyTheNoise() {
    Taxonomy t = taxonomy();
    GroundTruth truth = GroundTruth.draw(t, settings(3));
    for (Candidate person : truth.people()) {
      Set<String> own = new HashSet<>();
      t.skillsOf(truth.occupationOf(person.id()).uri()).stream()
          .map(OccupationSkill::skillUri)
          .forEach(own::add);
      List<String> claimed =
          person.skills().stream().map(SkillClaim::skill).map(ConceptRef::toString).toList();
      assertThat(claimed).doesNotHaveDuplicates();
      assertThat(claimed.stream().filter(s -> !own.contains(s))).hasSize(1);
      assertThat(claimed.stream().filter(own::contains).count()).isGreaterThanOrEqualTo(2);
      assertThat(person.experience()).isEmpty();
    }
  }

  @Test
  void draw_everythingButSkillsIsNeutral() {
    GroundTruth truth = GroundTruth.draw(taxonomy(), settings(5));
    for (Vacancy offer : truth.offers()) {
      assertThat(offer.type()).isEqualTo(OfferType.JOB);
      assertThat(offer.location()).isEqualTo(GroundTruth.CITY);
      assertThat(offer.employer().mentoring()).isFalse();
      assertThat(offer.language("de").orElseThrow().min()).isEqualTo(Cefr.B1);
      assertThat(offer.title()).isEqualTo(truth.occupationOf(offer.id()).labels().best("en"));
      assertThat(offer.skills().stream().filter(s -> s.essential())).hasSize(3);
    }
    for (Candidate person : truth.people()) {
      assertThat(person.residence().status()).isEqualTo(ResidenceStatus.RECOGNISED);
      assertThat(person.location()).isEqualTo(GroundTruth.CITY);
      assertThat(person.language("de").orElseThrow().level()).isEqualTo(Cefr.B2);
      assertThat(person.maxTravelKm()).isEqualTo(50);
    }
  }

  @Test
  void draw_noUsableOccupation_isRejected() {
    Taxonomy.Builder t = Taxonomy.builder();
    t.occupation(new Occupation(OCC + "x", "1234", Optional.empty(), en("x"), Optional.empty()));
    assertThatThrownBy(() -> GroundTruth.draw(t.build(), settings(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no occupation has 3 essential skills and an ISCO unit group: cannot draw a ground truth");
  }

  @Test
  void settings_shareOutOfRange_isRejected() {
    assertThatThrownBy(() -> new GroundTruth.Settings(1, 0, 1, 1.5, 0, 0, 1, "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keepEssential (1.5) must be in 0..1");
  }

  @Test
  void texts_personIsSkillLabels_offerIsTitleAndDescription() {
    Taxonomy t = taxonomy();
    GroundTruth truth = GroundTruth.draw(t, settings(9));
    Candidate person = truth.people().get(0);
    String text = new Texts(t, "en").person(person);
    for (SkillClaim claim : person.skills()) {
      assertThat(text)
          .contains(t.skill(claim.skill().toString()).orElseThrow().labels().best("en"));
    }
    Vacancy offer = truth.offers().get(0);
    assertThat(Texts.offer(offer)).isEqualTo(offer.title() + "\n" + offer.description());
    assertThat(offer.description()).contains("word");
  }
}
