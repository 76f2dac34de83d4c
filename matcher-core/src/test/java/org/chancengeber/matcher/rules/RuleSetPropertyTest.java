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
import static org.assertj.core.api.Assertions.fail;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Invariants of the rules over many generated person × offer pairs. */
final class RuleSetPropertyTest {
  private static final int PAIRS = 10_000;
  private static final int RENDERED = 2_000;

  @Test
  void possibleTypes_neverExcludesAnOfferEvaluateAccepts_defaults() {
    checkPossibleTypes(RuleSet.germanDefaults(), 1);
  }

  @Test
  void possibleTypes_neverExcludesAnOfferEvaluateAccepts_strictRules() throws IOException {
    String text;
    try (InputStream in = RuleSet.class.getResourceAsStream("german-defaults.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String strict =
        text.replace("\"action\": \"GAP\"", "\"action\": \"EXCLUDE\"")
            .replace("\"permitFreeUpToWeeks\": 6", "\"permitFreeUpToWeeks\": 0")
            .replace("\"permissionOnlyUpToWeeks\": 13", "\"permissionOnlyUpToWeeks\": 0")
            .replace("\"priorityBelowAge\": 25,", "\"priorityBelowAge\": 25, \"maxAge\": 40,");
    assertThat(strict).isNotEqualTo(text);
    checkPossibleTypes(
        RuleSet.fromJson(
            new ByteArrayInputStream(strict.getBytes(StandardCharsets.UTF_8)), "strict.json"),
        2);
  }

  private static void checkPossibleTypes(RuleSet rules, long seed) {
    RandomPairs gen = new RandomPairs(seed);
    int eligible = 0;
    int excluded = 0;
    int filtered = 0;
    for (int i = 0; i < PAIRS; i++) {
      Candidate c = gen.candidate();
      Vacancy v = gen.vacancy();
      Set<OfferType> possible = rules.possibleTypes(c, TODAY);
      Verdict verdict = rules.evaluate(c, v, TODAY);
      if (verdict.eligible()) {
        eligible++;
        if (!possible.contains(v.type())) {
          fail("%s is eligible for %s, so possibleTypes %s must hold %s", v, c, possible, v.type());
        }
      } else {
        excluded++;
        if (!possible.contains(v.type())) {
          filtered++;
        }
      }
      if (!rules.evaluate(c, v, TODAY).equals(verdict)) {
        fail("evaluate is not deterministic for %s and %s", c, v);
      }
      if (i < RENDERED) {
        assertRenders(verdict);
      }
    }
    // the generator reaches both outcomes and the filter does real work
    assertThat(eligible).isGreaterThan(PAIRS / 10);
    assertThat(excluded).isGreaterThan(PAIRS / 10);
    assertThat(filtered).isGreaterThan(PAIRS / 100);
  }

  static void assertRenders(Verdict v) {
    for (Message m : v.exclusions()) {
      MessageChecks.assertRenders(m);
    }
    for (Gap g : v.gaps()) {
      MessageChecks.assertRenders(g.detail());
    }
    for (PathwayStep s : v.steps()) {
      MessageChecks.assertRenders(s.detail());
    }
  }
}
