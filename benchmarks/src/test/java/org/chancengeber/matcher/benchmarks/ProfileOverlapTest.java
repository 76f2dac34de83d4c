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

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

final class ProfileOverlapTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";
  private static final Location NEAR = Location.of(51.31, 9.48, "Kassel");
  private static final Location FAR = Location.of(51.54, 9.92, "Göttingen");

  private static Vacancy offer(String id, String occupation, Location where) {
    // the offer lists no skills: the baseline uses its occupation's whole profile
    return Vacancy.builder(id, new Employer("e", "E", false, false, false), OfferType.JOB, where)
        .occupation(ConceptRef.id(OCC + occupation))
        .build();
  }

  private static Candidate person(ConceptRef... skills) {
    Candidate.Builder b =
        Candidate.builder("c", NEAR, Residence.of(ResidenceStatus.RECOGNISED)).maxTravelKm(100);
    for (ConceptRef s : skills) {
      b.skill(SkillClaim.of(s, Evidence.SELF_REPORTED));
    }
    return b.build();
  }

  private static ConceptRef skill(int i) {
    return ConceptRef.id(SKILL + "s" + i);
  }

  private static ProfileOverlap overlap(Taxonomy t) {
    return new ProfileOverlap(
        t,
        List.of(
            offer("v-cook", "cook", NEAR),
            offer("v-welder-far", "welder", FAR),
            offer("v-welder-near", "welder", NEAR),
            offer("v-cutter", "cutter", NEAR)));
  }

  @Test
  void top_moreSpecificSharedSkillsFirst_tiesToTheNearerOffer() {
    // welder: s1 s2 s3 (s4 optional); cutter: s3 s4 s5 (s6 optional): s1 is the welder's alone,
    // s3 and s4 are shared, so they tell less
    Taxonomy t = GroundTruthTest.taxonomy();
    assertThat(overlap(t).top(person(skill(1), skill(4)), 10, v -> true))
        .containsExactly("v-welder-near", "v-welder-far", "v-cutter");
    assertThat(overlap(t).top(person(skill(5), skill(3)), 10, v -> true))
        .containsExactly("v-cutter", "v-welder-near", "v-welder-far");
  }

  @Test
  void top_eligibleFiltersAndKLimits() {
    Taxonomy t = GroundTruthTest.taxonomy();
    assertThat(overlap(t).top(person(skill(1)), 1, v -> true)).containsExactly("v-welder-near");
    assertThat(overlap(t).top(person(skill(1)), 10, v -> !v.id().equals("v-welder-near")))
        .containsExactly("v-welder-far");
  }

  @Test
  void top_textResolvedToTheBestSkill() {
    Taxonomy t = GroundTruthTest.taxonomy();
    assertThat(overlap(t).skills(person(ConceptRef.text("skill10 word", "en"))))
        .containsExactly(SKILL + "s10");
    assertThat(overlap(t).top(person(ConceptRef.text("skill10 word", "en")), 10, v -> true))
        .containsExactly("v-cook");
  }

  @Test
  void top_onlyAnOccupationTitle_isEmpty() {
    Candidate titleOnly =
        Candidate.builder("c", NEAR, Residence.of(ResidenceStatus.RECOGNISED))
            .experience(new Experience(ConceptRef.text("cook", "en"), 3, Optional.empty()))
            .build();
    assertThat(overlap(GroundTruthTest.taxonomy()).top(titleOnly, 10, v -> true)).isEmpty();
  }
}
