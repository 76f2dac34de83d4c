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
package org.chancengeber.matcher.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LabelVariantsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Koch/Köchin | Koch | Köchin",
        "Metallbauer/in | Metallbauer | Metallbauerin",
        "Pflegefachmann/-frau | Pflegefachmann | Pflegefachfrau",
        "Kaufmann/frau im Einzelhandel | Kaufmann im Einzelhandel | Kauffrau im Einzelhandel",
        "Elektroniker/-in für Betriebstechnik | Elektroniker für Betriebstechnik"
            + " | Elektronikerin für Betriebstechnik",
        "Kollege/-in | Kollege | Kollegin",
        "Lehrer*in | Lehrer | Lehrerin",
        "Lehrer:innen | Lehrer | Lehrerin",
        "LehrerIn | Lehrer | Lehrerin",
        "Ausbildung Koch/Köchin in Kassel | Ausbildung Koch in Kassel | Ausbildung Köchin in Kassel",
        "Lehrassistent Grundschule/Lehrassistentin Grundschule | Lehrassistent Grundschule"
            + " | Lehrassistentin Grundschule",
        "Gesundheits- und Krankenpfleger/-in | Gesundheits- und Krankenpfleger"
            + " | Gesundheits- und Krankenpflegerin",
        "المدير الفني / المديرة الفنية | المدير الفني | المديرة الفنية",
        "fish and/or seafood | fish and seafood | fish or seafood",
      })
  void of_splitsGenderedForms(String label, String first, String second) {
    assertThat(LabelVariants.of(label)).containsExactly(first, second);
  }

  @Test
  void of_wholeLabelAlternativesWithCommas() {
    assertThat(
            LabelVariants.of(
                "Technischer Leiter für Bühne, Film und Fernsehen/Technische Leiterin für Bühne,"
                    + " Film und Fernsehen"))
        .containsExactly(
            "Technischer Leiter für Bühne, Film und Fernsehen",
            "Technische Leiterin für Bühne, Film und Fernsehen");
  }

  @Test
  void of_slashAfterHyphenIsACompoundEllipsis() {
    assertThat(
            LabelVariants.of(
                "Import-/Exportmanager für Fleisch/Import-/Exportmanagerin für Fleisch"))
        .containsExactly(
            "Import-/Exportmanager für Fleisch", "Import-/Exportmanagerin für Fleisch");
    assertThat(LabelVariants.of("Import-/Exportkaufmann"))
        .containsExactly("Import-/Exportkaufmann");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Koch/Köchin (m/w/d)",
        "Koch/Köchin (w/m/d)",
        "Koch/Köchin (M/W)",
        "Koch/Köchin (all genders)",
        "Koch / Köchin",
      })
  void of_dropsGenderMarkers(String label) {
    assertThat(LabelVariants.of(label)).containsExactly("Koch", "Köchin");
  }

  @Test
  void of_labelWithoutFormsStaysAsItIs() {
    assertThat(LabelVariants.of("Fachkraft Lebensmittelsicherheit"))
        .containsExactly("Fachkraft Lebensmittelsicherheit");
    assertThat(LabelVariants.of("  cook  ")).containsExactly("cook");
    assertThat(LabelVariants.of("(m/w/d)")).containsExactly("(m/w/d)");
  }
}
