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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chancengeber.matcher.model.RequirementLevel;
import org.junit.jupiter.api.Test;

final class KldbTest {
  private static final String HEADER =
      "\uFEFFSchlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;\n";

  private static Kldb read(String body) {
    return Kldb.read(
        "kldb.csv", new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_padsMilitaryCodesAndReadsRequirementLevel() {
    Kldb k =
        read(
            """
            0;1;Militär;Militär;;
            1;2;Angehörige der regulären Streitkräfte;;;
            1104;5;Offiziere;Offiziere;"a; b
            c";
            29302;5;Köche/Köchinnen (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten;Köche;;
            """);

    assertThat(k.entries())
        .extracting(KldbEntry::code)
        .containsExactly("0", "01", "01104", "29302");
    KldbEntry officers = k.get("01104").orElseThrow();
    assertThat(officers.level()).isEqualTo(5);
    assertThat(officers.requirementLevel()).contains(RequirementLevel.EXPERT);
    assertThat(k.get("29302").orElseThrow().requirementLevel()).contains(RequirementLevel.SKILLED);
    assertThat(k.get("29302").orElseThrow().shortTitle()).isEqualTo("Köche");
    assertThat(k.get("01").orElseThrow().shortTitle())
        .isEqualTo("Angehörige der regulären Streitkräfte");
    assertThat(k.get("01").orElseThrow().requirementLevel()).isEqualTo(Optional.empty());
  }

  @Test
  void read_codeLongerThanItsLevel() {
    assertThatThrownBy(() -> read("123;2;Zu lang;;;\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("kldb.csv, line 2, column 1: code \"123\" does not fit level 2");
  }

  @Test
  void read_badLevel() {
    assertThatThrownBy(() -> read("1;6;Zu tief;;;\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("kldb.csv, line 2, column 3: Ebene \"6\" is not a level from 1 to 5");
  }

  @Test
  void read_duplicateCode() {
    assertThatThrownBy(() -> read("1;1;A;;;\n01;2;B;;;\n1;2;C;;;\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("kldb.csv, line 4, column 1: code 01 appears twice");
  }

  @Test
  void load_realFile() {
    Kldb k = Kldb.load(TestData.shared("kldb2010/KldB_2010_V2020_Gliederung_mit_Erlaeuterung.csv"));

    assertThat(k.entries()).hasSize(2195);
    assertThat(k.entries().stream().filter(e -> e.level() == 5)).hasSize(1301);
    assertThat(k.entries()).allSatisfy(e -> assertThat(e.code()).hasSize(e.level()));
    assertThat(k.get("01104").orElseThrow().title()).isEqualTo("Offiziere");
    assertThat(k.get("29302").orElseThrow().requirementLevel()).contains(RequirementLevel.SKILLED);
    assertThat(
            k.entries().stream()
                .filter(e -> e.level() == 5)
                .allMatch(e -> e.requirementLevel().isPresent()))
        .isTrue();
  }
}
