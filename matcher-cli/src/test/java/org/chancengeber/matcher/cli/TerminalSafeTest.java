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
package org.chancengeber.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TerminalSafeTest {
  @TempDir Path dir;

  // JSON escapes: the files hold ESC, BEL and CR characters once parsed
  private static final String PERSON =
      "{\"id\":\"c-1\",\"location\":{\"lat\":50.0,\"lon\":8.0,"
          + "\"city\":\"Mainz\\u001b]0;pwned\\u0007\"},\"residence\":{\"status\":\"RECOGNISED\"}}";
  private static final String OFFER =
      "{\"id\":\"v-1\",\"employer\":{\"id\":\"e-1\",\"name\":\"Korn\\r\"},\"type\":\"JOB\","
          + "\"title\":\"\\u001b[31mKoch\\u001b[0m\",\"location\":{\"lat\":50.0,\"lon\":8.0}}";

  @Test
  void escape_controlCharacters_writtenAsUnicodeEscapes_lineEndsAndTabsKept() {
    assertThat(TerminalSafe.escape("a\u001b[31mb\u0007\r\u009b\u007f\tc\nd"))
        .isEqualTo("a\\u001b[31mb\\u0007\\u000d\\u009b\\u007f\tc\nd");
    assertThat(TerminalSafe.escape("Köchin · 😀")).isEqualTo("Köchin · 😀");
  }

  @Test
  void explainAndTable_escapeInCityOrTitle_neverReachesTheTerminal() throws IOException {
    Path people = Files.writeString(dir.resolve("people.jsonl"), PERSON + "\n");
    Path offers = Files.writeString(dir.resolve("offers.jsonl"), OFFER + "\n");
    String[] files = {"--candidates", people.toString(), "--vacancies", offers.toString()};

    Cli explain =
        Cli.run(
            "explain",
            "--today",
            "2026-12-01",
            "--candidate",
            "c-1",
            "--vacancy",
            "v-1",
            files[0],
            files[1],
            files[2],
            files[3]);
    Cli table = Cli.match("--format", "table", files[0], files[1], files[2], files[3]);

    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("c-1 · Mainz\\u001b]0;pwned\\u0007 · ")
        .contains("v-1 · job · \\u001b[31mKoch\\u001b[0m · Korn\\u000d, ");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("c-1 · Mainz\\u001b]0;pwned\\u0007 · ");
    for (String out : new String[] {explain.out(), table.out()}) {
      assertThat(out.chars().filter(c -> TerminalSafe.unsafe((char) c))).isEmpty();
    }
  }
}
