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
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

final class SkillOverlapTest {
  private static final Employer EMPLOYER = new Employer("e", "E", false, false, false);

  private static Vacancy offer(String id, String... essential) {
    Vacancy.Builder b = Vacancy.builder(id, EMPLOYER, OfferType.JOB, GroundTruth.CITY);
    for (String s : essential) {
      b.skill(ConceptRef.id("skill/" + s), true);
    }
    return b.build();
  }

  private static Candidate person(String... skills) {
    Candidate.Builder b =
        Candidate.builder("c", GroundTruth.CITY, Residence.of(ResidenceStatus.RECOGNISED));
    for (String s : skills) {
      b.skill(SkillClaim.of(ConceptRef.id("skill/" + s), Evidence.SELF_REPORTED));
    }
    return b.build();
  }

  @Test
  void top_rareSharedSkillsOutweighCommonOnes() {
    SkillOverlap overlap =
        new SkillOverlap(
            List.of(
                offer("v-1", "common", "weld"),
                offer("v-2", "common", "cook"),
                offer("v-3", "common", "nurse"),
                offer("v-4", "paint")));
    assertThat(overlap.top(person("common", "weld"), 10)).containsExactly("v-1", "v-2", "v-3");
    assertThat(overlap.top(person("cook"), 1)).containsExactly("v-2");
  }

  @Test
  void top_equalScores_breakTiesById_andNoSharedSkill_isEmpty() {
    SkillOverlap overlap = new SkillOverlap(List.of(offer("v-2", "a"), offer("v-1", "a")));
    assertThat(overlap.top(person("a"), 10)).containsExactly("v-1", "v-2");
    assertThat(overlap.top(person("zzz"), 10)).isEmpty();
  }
}
