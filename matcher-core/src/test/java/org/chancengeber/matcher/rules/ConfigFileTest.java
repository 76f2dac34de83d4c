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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.junit.jupiter.api.Test;

/** The one config reader, as the scoring profile uses it: file, line, field and reason. */
final class ConfigFileTest {
  @Test
  void profile_valid_readsItsFields() {
    ScoringProfile p = profile("{\n  \"minFit\": 0.2\n}\n");
    assertThat(p.minFit()).isEqualTo(0.2);
  }

  @Test
  void profile_misspeltField_saysWhichWasMeant() {
    assertThatThrownBy(() -> profile("{\n  \"minFit\": 0.2,\n  \"minFitt\": 0.3\n}\n"))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("profile.json:3: minFitt: unknown field; did you mean minFit?");
  }

  @Test
  void profile_badValue_namesLineFieldAndReason() {
    assertThatThrownBy(() -> profile("{\n  \"weights\": {\n    \"skills\": \"a lot\"\n  }\n}\n"))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "profile.json:2: weights: scoring profile field 'weights.skills' must be a number,"
                + " not \"a lot\"");
  }

  @Test
  void profile_syntaxError_hasItsLine() {
    assertThatThrownBy(() -> profile("{\n  \"minFit\": 0.2,\n  oops\n}\n"))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("profile.json:3: ");
  }

  private static ScoringProfile profile(String json) {
    return ScoringProfile.fromJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "profile.json");
  }
}
