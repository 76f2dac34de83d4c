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
package org.chancengeber.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ReadLimitsTest {
  @Test
  void defaults_areDocumented() {
    assertThat(ReadLimits.DEFAULTS).isEqualTo(new ReadLimits(1_048_576, 32, 1_000, 65_536, 100));
  }

  @Test
  void withers_changeOneLimit() {
    ReadLimits l =
        ReadLimits.DEFAULTS
            .withMaxLineBytes(10)
            .withMaxDepth(3)
            .withMaxListSize(4)
            .withMaxStringLength(5)
            .withMaxNumberLength(6);
    assertThat(l).isEqualTo(new ReadLimits(10, 3, 4, 5, 6));
  }

  @Test
  void invalidLimits_areRejectedWithTheValue() {
    assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxLineBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLineBytes (0) must be 1..1073741824");
    assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxDepth(5000))
        .hasMessage("maxDepth (5000) must be 1..1000");
    assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxListSize(-1))
        .hasMessage("maxListSize (-1) must be at least 1");
  }

  @Test
  void values_areQuotedEscapedAndCut() {
    assertThat(Values.quote("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    assertThat(Values.quote("\u0000\ud800x😀")).isEqualTo("\"\\u0000\\ud800x😀\"");
    assertThat(Values.quote("x".repeat(61)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (61 characters)");
  }

  @Test
  void inputError_printsFileLineFieldMessage() {
    assertThat(InputError.of("c.jsonl", 17, "languages[0].level", "bad").toString())
        .isEqualTo("c.jsonl:17: languages[0].level: bad");
    assertThat(InputError.of("c.jsonl", 3, "", "not valid JSON").toString())
        .isEqualTo("c.jsonl:3: not valid JSON");
  }
}
