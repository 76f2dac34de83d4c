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
package org.chancengeber.matcher.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.rules.RuleFileException;
import org.chancengeber.matcher.rules.Verdict;
import org.junit.jupiter.api.Test;

final class DurationsFileTest {
  private static final String DEFAULTS = defaultsText();

  @Test
  void fromJson_slowerPace_longerCourses() {
    PathwayPlanner slow = parse(DEFAULTS.replace("\"uePerWeek\": 25", "\"uePerWeek\": 15"));
    Pathway p =
        slow.plan(
            person(ResidenceStatus.RECOGNISED).language("de", Cefr.A2).build(),
            offer(OfferType.JOB).language("de", Cefr.B1).build(),
            Verdict.ELIGIBLE,
            SkillNeeds.NONE,
            TODAY,
            12);
    // 300 UE at 15 UE a week: 20 weeks, 4.6 months
    assertThat(PathwayPlannerTest.steps(p, Locale.ENGLISH))
        .containsExactly("INTEGRATION_COURSE 5: integration course A2→B1, 300 UE");
  }

  /** Issue 14: the line is the field's own (Jackson reported the end of the object). */
  @Test
  void fromJson_unknownField_namesIt() {
    assertThatThrownBy(
            () -> parse(DEFAULTS.replace("\"uePerWeek\": 25,", "\"uePerWeek\": 25, \"pace\": 3,")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "durations.json:4: pace: unknown field (known fields: defaultGerman, description,"
                + " eq, integrationCourse, jobRelatedCourseUe, literacyCourse, literacyOnlyUe,"
                + " name, otherLanguageUePerStep, practicalTrialMonths, recognition,"
                + " regularTrainingMonths, regulated, skillTraining, skilledLevels,"
                + " skillsAssessment, tq, uePerWeek, validation, weakB1ToB2Ue)");
  }

  @Test
  void fromJson_invalidValue_namesFieldAndReason() {
    assertThatThrownBy(
            () ->
                parse(
                    DEFAULTS.replace(
                        "\"months\": 6,\n    \"minMonths\"", "\"months\": -6,\n    \"minMonths\"")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("durations.json:12: eq: months (-6) must not be negative");
    assertThatThrownBy(() -> parse(DEFAULTS.replace("\"target\": \"B1\"}", "\"target\": \"B3\"}")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "durations.json:5: integrationCourse.target: 'B3' is not one of A1, A2, B1, B2, C1,"
                + " C2");
  }

  @Test
  void fromJson_misspeltField_saysWhichWasMeant() {
    assertThatThrownBy(() -> parse(DEFAULTS.replace("\"uePerWeek\": 25,", "\"uePerWeeks\": 25,")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("durations.json:4: uePerWeeks: unknown field; did you mean uePerWeek?");
    assertThatThrownBy(() -> parse(DEFAULTS.replace("\"minMonths\": 4", "\"minMonth\": 4")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("durations.json:14: eq.minMonth: unknown field; did you mean minMonths?");
  }

  @Test
  void fromJson_missingField_namesIt() {
    assertThatThrownBy(() -> parse(DEFAULTS.replace("  \"literacyOnlyUe\": 300,\n", "")))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("durations.json:1: literacyOnlyUe: missing field");
  }

  private static PathwayPlanner parse(String text) {
    return PathwayPlanner.fromJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "durations.json");
  }

  private static String defaultsText() {
    try (InputStream in = PathwayPlanner.class.getResourceAsStream("german-defaults.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
