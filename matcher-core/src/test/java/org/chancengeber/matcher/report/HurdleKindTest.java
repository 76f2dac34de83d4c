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
package org.chancengeber.matcher.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.StepKind;
import org.junit.jupiter.api.Test;

class HurdleKindTest {
  @Test
  void of_everyGapAndStepKind_hasAHurdle() {
    for (GapKind g : GapKind.values()) {
      assertThat(HurdleKind.of(g).name()).isEqualTo(g.name());
    }
    for (StepKind s : StepKind.values()) {
      assertThat(HurdleKind.of(s)).isNotNull();
    }
    assertThat(HurdleKind.of(StepKind.INTEGRATION_COURSE)).isEqualTo(HurdleKind.LANGUAGE);
    assertThat(HurdleKind.of(StepKind.WORK_PERMIT)).isEqualTo(HurdleKind.WORK_PERMIT);
  }

  @Test
  void exclusionCode_ruleAndPathwayKeys_areClassified() {
    assertThat(ExclusionCode.of(Message.of("rules.exclude.banned_all", "Duldung")))
        .isEqualTo(ExclusionCode.WORK_BAN);
    assertThat(ExclusionCode.of(Message.of("rules.exclude.min_age", 22, 25)))
        .isEqualTo(ExclusionCode.AGE);
    assertThat(ExclusionCode.of(Message.of("rules.school.lower", "x", "y")))
        .isEqualTo(ExclusionCode.SCHOOL_CERTIFICATE);
    assertThat(ExclusionCode.of(Message.of("pathway.unreachable.horizon", 14, 12)))
        .isEqualTo(ExclusionCode.BEYOND_HORIZON);
    assertThat(ExclusionCode.of(Message.of("custom.rule"))).isEqualTo(ExclusionCode.OTHER);
    assertThat(ExclusionCode.BEYOND_HORIZON.hurdle()).isEmpty();
    assertThat(ExclusionCode.AGE.hurdle()).contains(HurdleKind.AGE);
  }

  @Test
  void exclusionReason_beyondTheHorizon_namesTheLongestStepFirst() {
    Exclusion e =
        new Exclusion(
            "c",
            "v",
            List.of(Message.of("pathway.unreachable.horizon", 16, 12), Message.of("x.y")));
    List<PathwayStep> pathway =
        List.of(
            new PathwayStep(StepKind.WORK_PERMIT, Message.of("rules.step.x"), 2),
            new PathwayStep(StepKind.LANGUAGE_COURSE, Message.of("pathway.step.x"), 9),
            new PathwayStep(StepKind.INTEGRATION_COURSE, Message.of("pathway.step.y"), 5));

    List<ExclusionReason> reasons = ExclusionReason.of(e, pathway);

    assertThat(reasons.get(0).code()).isEqualTo(ExclusionCode.BEYOND_HORIZON);
    assertThat(reasons.get(0).hurdles())
        .containsExactly(HurdleKind.LANGUAGE, HurdleKind.WORK_PERMIT);
    assertThat(reasons.get(1).hurdles()).containsExactly(HurdleKind.OTHER);
    assertThat(ExclusionReason.of(e, List.of()).get(0).hurdles()).containsExactly(HurdleKind.OTHER);
  }

  @Test
  void target_germanGapsAndCourses_giveTheHighestLevel() {
    assertThat(
            ReportBuilder.target(
                List.of(
                    new Gap(GapKind.LANGUAGE, Message.of("pathway.gap.language.de", "A2", "B1"))),
                List.of(
                    new PathwayStep(
                        StepKind.LANGUAGE_COURSE,
                        Message.of("pathway.step.language_course.de", "B1", "B2", 400),
                        4))))
        .isEqualTo("B2");
    assertThat(
            ReportBuilder.target(
                List.of(
                    new Gap(GapKind.LANGUAGE, Message.of("pathway.gap.language.de_none", "A2"))),
                List.of()))
        .isEqualTo("A2");
    assertThat(ReportBuilder.target(List.of(), List.of())).isEmpty();
  }

  @Test
  void ageBand_boundaries() {
    assertThat(ReportBuilder.ageBand(24)).isEqualTo("under 25");
    assertThat(ReportBuilder.ageBand(25)).isEqualTo("25-34");
    assertThat(ReportBuilder.ageBand(44)).isEqualTo("35-44");
    assertThat(ReportBuilder.ageBand(45)).isEqualTo("45+");
  }

  @Test
  void messages_everyHurdleAndChange_hasEnglishAndGermanText() {
    for (HurdleKind k : HurdleKind.values()) {
      for (String key : List.of("report.hurdle." + k, "report.change." + k)) {
        String en = Message.of(key, "B1").render(java.util.Locale.ENGLISH);
        String de = Message.of(key, "B1").render(java.util.Locale.GERMAN);
        assertThat(en).as(key).doesNotStartWith("report.");
        assertThat(de).as(key).doesNotStartWith("report.").isNotEqualTo(en);
      }
    }
  }
}
