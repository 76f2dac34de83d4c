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
package org.chancengeber.matcher.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScoringProfileTest {

  @Test
  void defaults_areDocumentedValues_weightsSumToOneInEachGroup() {
    ScoringProfile p = ScoringProfile.defaults();
    assertThat(p.weight(FactorKind.SKILLS)).isCloseTo(0.40, within(1e-12));
    assertThat(p.weight(FactorKind.EXPERIENCE)).isCloseTo(0.45, within(1e-12));
    assertThat(p.weight(FactorKind.PREFERENCES)).isCloseTo(0.15, within(1e-12));
    assertThat(p.weight(FactorKind.LANGUAGE)).isCloseTo(0.35, within(1e-12));
    assertThat(p.weight(FactorKind.DISTANCE)).isCloseTo(0.25, within(1e-12));
    assertThat(p.weight(FactorKind.TIMING)).isCloseTo(0.20, within(1e-12));
    assertThat(p.weight(FactorKind.SUPPORT)).isCloseTo(0.10, within(1e-12));
    assertThat(p.weight(FactorKind.OFFER_TYPE)).isCloseTo(0.10, within(1e-12));
    for (FactorKind.Group g : FactorKind.Group.values()) {
      double sum = 0;
      for (FactorKind f : FactorKind.values()) {
        sum += f.group() == g ? p.weight(f) : 0;
      }
      assertThat(sum).as(g.name()).isCloseTo(1, within(1e-12));
    }
    assertThat(p.logisticsShare()).isEqualTo(0.3);
    assertThat(p.minFit()).isEqualTo(0.1);
    assertThat(p.inferredOccupations()).isEqualTo(5);
    assertThat(p.inferredOccupationWeight()).isEqualTo(0.8);
    assertThat(p.inferenceNoise()).isEqualTo(0.1);
    assertThat(p.inferenceSharpness()).isEqualTo(0.33);
    assertThat(p.inferencePrior()).isEqualTo(0.5);
    assertThat(p.inferenceEssentialShare()).isEqualTo(0.67);
    assertThat(p.inferredNeighbourWeight()).isEqualTo(0.8);
    assertThat(p.trainingFit()).isEqualTo(0.12);
    assertThat(p.evidenceShare()).isEqualTo(0.1);
    assertThat(p.evidence(Evidence.SELF_REPORTED)).isEqualTo(0.40);
    assertThat(p.evidence(Evidence.RECOGNISED)).isEqualTo(1.0);
    assertThat(p.essentialSkillWeight()).isEqualTo(2.0);
    assertThat(p.skillSpecificity()).isEqualTo(1.0);
    assertThat(p.similarSkillWeight()).isEqualTo(0.5);
    assertThat(p.occupationProfileShare()).isEqualTo(0.6);
    assertThat(p.occupationProfileSkills()).isEqualTo(1000);
    assertThat(p).isEqualTo(ScoringProfile.fromJson("{}"));
  }

  @Test
  void fromJson_overridesGivenFields_andNormalisesWeights() {
    ScoringProfile p =
        ScoringProfile.fromJson(
            "{\"weights\": {\"skills\": 3, \"experience\": 1, \"language\": 1, \"distance\": 3,"
                + " \"timing\": 0, \"support\": 0, \"preferences\": 0, \"offer_type\": 0},"
                + " \"evidence\": {\"self_reported\": 0.1}, \"languageStepPenalty\": 0.5,"
                + " \"logisticsShare\": 0.5, \"minFit\": 0.2, \"inferredOccupations\": 3,"
                + " \"inferredOccupationWeight\": 0.6}");
    assertThat(p.weight(FactorKind.SKILLS)).isEqualTo(0.75);
    assertThat(p.weight(FactorKind.LANGUAGE)).isEqualTo(0.25);
    assertThat(p.weight(FactorKind.DISTANCE)).isEqualTo(0.75);
    assertThat(p.weight(FactorKind.TIMING)).isZero();
    assertThat(p.logisticsShare()).isEqualTo(0.5);
    assertThat(p.minFit()).isEqualTo(0.2);
    assertThat(p.inferredOccupations()).isEqualTo(3);
    assertThat(p.inferredOccupationWeight()).isEqualTo(0.6);
    assertThat(p.evidence(Evidence.SELF_REPORTED)).isEqualTo(0.1);
    assertThat(p.evidence(Evidence.ASSESSED)).isEqualTo(0.6);
    assertThat(p.languageStepPenalty()).isEqualTo(0.5);
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void fromJson_readsTheSkillKnobs() {
    ScoringProfile p =
        ScoringProfile.fromJson(
            "{\"skillSpecificity\": 2, \"similarSkillWeight\": 0.25,"
                + " \"occupationProfileShare\": 0, \"occupationProfileSkills\": 4}");
    assertThat(p.skillSpecificity()).isEqualTo(2.0);
    assertThat(p.similarSkillWeight()).isEqualTo(0.25);
    assertThat(p.occupationProfileShare()).isZero();
    assertThat(p.occupationProfileSkills()).isEqualTo(4);
    assertThat(p.toBuilder().build()).isEqualTo(p).isNotEqualTo(ScoringProfile.defaults());
  }

  @Test
  void fromJson_rejectsSkillKnobsOutOfRange() {
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"skillSpecificity\": 5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skillSpecificity (5.0) must be in [0, 4]");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"similarSkillWeight\": 1.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("similarSkillWeight (1.5) must be in [0, 1]");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"occupationProfileShare\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occupationProfileShare (1.0) must be in [0, 1)");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"occupationProfileSkills\": 2.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scoring profile field 'occupationProfileSkills' must be a whole number, not 2.5");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"occupationProfileSkills\": -1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occupationProfileSkills (-1) must be in 0..1000");
  }

  @Test
  void fromJson_errorsNameTheField() {
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"weigths\": {}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown scoring profile field 'weigths'");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"weights\": {\"luck\": 1}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown factor 'luck' in scoring profile weights");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"evidence\": {\"RUMOUR\": 1}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown evidence level 'RUMOUR' in scoring profile");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"languageStepPenalty\": \"high\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scoring profile field 'languageStepPenalty' must be a number, not \"high\"");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"evidence\": {\"ASSESSED\": 1.5}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence ASSESSED (1.5) must be in [0, 1]");
    assertThatThrownBy(() -> ScoringProfile.fromJson("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scoring profile must be a JSON object");
  }

  @Test
  void builder_rejectsAllZeroWeightsInAGroup() {
    ScoringProfile.Builder b = ScoringProfile.builder();
    for (FactorKind f : FactorKind.values()) {
      if (f.group() == FactorKind.Group.FIT) {
        b.weight(f, 0);
      }
    }
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the weights of the fit factors must not all be zero");
    assertThatThrownBy(() -> ScoringProfile.builder().minFit(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minFit (1.0) must be in [0, 1)");
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"inferenceSharpness\": 9}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inferenceSharpness (9.0) must be in [0, 8]");
    assertThat(ScoringProfile.fromJson("{\"inferenceSharpness\": 2}").inferenceSharpness())
        .isEqualTo(2.0);
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"inferenceNoise\": 0}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inferenceNoise (0.0) must be in (0, 1)");
    assertThat(ScoringProfile.fromJson("{\"inferenceNoise\": 0.2}").inferenceNoise())
        .isEqualTo(0.2);
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"inferencePrior\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inferencePrior (1.0) must be in [0, 1)");
    assertThat(ScoringProfile.fromJson("{\"inferencePrior\": 0}").inferencePrior()).isZero();
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"inferenceEssentialShare\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inferenceEssentialShare (1.0) must be in (0, 1)");
    assertThat(
            ScoringProfile.fromJson("{\"inferenceEssentialShare\": 0.5}").inferenceEssentialShare())
        .isEqualTo(0.5);
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"inferredNeighbourWeight\": 1.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("inferredNeighbourWeight (1.5)");
    assertThat(
            ScoringProfile.fromJson("{\"inferredNeighbourWeight\": 0}").inferredNeighbourWeight())
        .isZero();
    assertThatThrownBy(() -> ScoringProfile.fromJson("{\"logisticsShare\": 2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logisticsShare (2.0) must be in [0, 1]");
    assertThatThrownBy(() -> ScoringProfile.builder().weight(FactorKind.SKILLS, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of skills (-1.0) must be in 0..1000");
  }

  @Test
  void fromJsonPath_misspeltField_namesFileLineAndTheFieldMeant(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("profile.json");
    Files.writeString(file, "{\n  \"minFit\": 0.2,\n  \"logisticShare\": 0.2\n}\n");
    assertThatThrownBy(() -> ScoringProfile.fromJson(file))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(file + ":3: logisticShare: unknown field; did you mean logisticsShare?");
  }
}
