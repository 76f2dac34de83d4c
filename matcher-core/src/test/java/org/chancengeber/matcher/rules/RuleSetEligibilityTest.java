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
package org.chancengeber.matcher.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;

import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.WorkPermission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default rules for every residence status × offer type, for a 30-year-old who has held the
 * status for two years (past every waiting period) with clarified identity and no end date. OPEN:
 * eligible without a permit step; PERMIT n: eligible after a work-permit step of n months;
 * EXCLUDED: not eligible. Trials are one month (a MAG: no permit needed).
 */
final class RuleSetEligibilityTest {
  private static final RuleSet RULES = RuleSet.germanDefaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # status               | PRACTICAL_TRIAL | EQ       | TQ       | APPRENTICESHIP | ASSISTED_APPRENTICESHIP | JOB
          RECOGNISED             | OPEN            | OPEN     | OPEN     | OPEN           | OPEN                    | OPEN
          TEMPORARY_PROTECTION   | OPEN            | OPEN     | OPEN     | OPEN           | OPEN                    | OPEN
          GESTATTUNG             | OPEN            | PERMIT 1 | PERMIT 1 | PERMIT 1       | PERMIT 1                | PERMIT 2
          DULDUNG                | OPEN            | PERMIT 1 | PERMIT 1 | PERMIT 1       | PERMIT 1                | PERMIT 2
          AUSBILDUNGSDULDUNG     | OPEN            | PERMIT 1 | PERMIT 1 | OPEN           | OPEN                    | PERMIT 2
          BESCHAEFTIGUNGSDULDUNG | OPEN            | PERMIT 1 | PERMIT 1 | PERMIT 1       | PERMIT 1                | OPEN
          CHANCEN                | OPEN            | OPEN     | OPEN     | OPEN           | OPEN                    | OPEN
          OTHER_PERMIT           | OPEN            | PERMIT 1 | PERMIT 1 | PERMIT 1       | PERMIT 1                | PERMIT 2
          """)
  void evaluate_statusByOfferType(
      ResidenceStatus status,
      String trial,
      String eq,
      String tq,
      String apprenticeship,
      String assisted,
      String job) {
    Candidate c = person(status).build();
    assertThat(outcomes(c)).containsExactly(trial, eq, tq, apprenticeship, assisted, job);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # explicit permission | PRACTICAL_TRIAL | EQ       | TQ       | APPRENTICESHIP | ASSISTED_APPRENTICESHIP | JOB
          ALLOWED               | OPEN            | OPEN     | OPEN     | OPEN           | OPEN                    | OPEN
          APPROVAL_REQUIRED     | OPEN            | PERMIT 1 | PERMIT 1 | PERMIT 1       | PERMIT 1                | PERMIT 2
          BANNED                | OPEN            | EXCLUDED | EXCLUDED | EXCLUDED       | EXCLUDED                | EXCLUDED
          """)
  void evaluate_explicitPermissionOverridesStatus(
      WorkPermission permission,
      String trial,
      String eq,
      String tq,
      String apprenticeship,
      String assisted,
      String job) {
    for (ResidenceStatus status : ResidenceStatus.values()) {
      Residence r =
          new Residence(
              status,
              Optional.of(TODAY.minusYears(2)),
              Optional.empty(),
              Optional.of(permission),
              true);
      Candidate c = person(r).birthYear(TODAY.getYear() - 30).build();
      assertThat(outcomes(c))
          .as("status %s", status)
          .containsExactly(trial, eq, tq, apprenticeship, assisted, job);
    }
  }

  private static String[] outcomes(Candidate c) {
    OfferType[] types = OfferType.values();
    String[] out = new String[types.length];
    for (int i = 0; i < types.length; i++) {
      Verdict v = RULES.evaluate(c, offer(types[i]).build(), TODAY);
      if (!v.eligible()) {
        out[i] = "EXCLUDED";
        assertThat(RULES.possibleTypes(c, TODAY)).doesNotContain(types[i]);
      } else {
        out[i] =
            v.steps().stream()
                .filter(s -> s.step() == StepKind.WORK_PERMIT)
                .map(PathwayStep::months)
                .findFirst()
                .map(m -> "PERMIT " + m)
                .orElse("OPEN");
        assertThat(RULES.possibleTypes(c, TODAY)).contains(types[i]);
      }
    }
    return out;
  }
}
