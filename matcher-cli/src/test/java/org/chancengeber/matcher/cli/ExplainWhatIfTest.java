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

import org.junit.jupiter.api.Test;

final class ExplainWhatIfTest {
  private static final String TODAY = "2026-12-01";

  @Test
  void whatIf_germanA2ToB1_makesTheApprenticeshipReadyNow() {
    Cli r = Cli.run("explain", "--today", TODAY, "--candidate", "c-case-a2", "--what-if");

    assertThat(r.exitCode()).as(r.err()).isZero();
    String german = r.out().substring(r.out().indexOf("German one level higher (A2 → B1):"));
    assertThat(german.lines().skip(1).findFirst().orElseThrow())
        .contains("v-case-apprenticeship", "ready now (was reachable later)", "rank 1 → 1");
    assertThat(r.out()).contains("a work permit:");
  }

  @Test
  void whatIf_inGerman_namesTheChanges() {
    Cli r =
        Cli.run(
            "explain", "--today", TODAY, "--candidate", "c-case-a2", "--what-if", "--lang", "de");

    assertThat(r.out()).contains("Deutsch eine Stufe höher (A2 → B1):", "sofort möglich");
  }

  @Test
  void explain_bothVacancyAndWhatIf_isAUsageError() {
    Cli both =
        Cli.run(
            "explain",
            "--candidate",
            "c-case-a2",
            "--vacancy",
            "v-case-apprenticeship",
            "--what-if");

    assertThat(both.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(both.err()).contains("give either --vacancy ID or --what-if");
  }

  @Test
  void explain_withoutVacancy_showsThePortfolio_andTheNextSteps() {
    // issue 14: Krefeld's "Laufmappe"; without --vacancy this was a usage error
    Cli r = Cli.run("explain", "--today", TODAY, "--candidate", "c-case-a2");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Portfolio (Laufmappe):")
        .contains("  Languages:\n    de A2")
        .contains("  Residence: Aufenthaltserlaubnis (§25 AufenthG)")
        .contains("  Courses and trials:")
        .contains("  Skills by evidence:")
        .contains("Next steps that open most offers (of the best 10):")
        .contains("  German one level higher (A2 → B1): ");
    Cli de = Cli.run("explain", "--today", TODAY, "--candidate", "c-case-a2", "--lang", "de");
    assertThat(de.out()).contains("Laufmappe:").contains("Fähigkeiten nach Nachweis:");
  }
}
