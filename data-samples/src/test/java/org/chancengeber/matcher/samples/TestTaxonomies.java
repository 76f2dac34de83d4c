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
package org.chancengeber.matcher.samples;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/** A tiny taxonomy built in code (real ESCO URIs), independent of any importer. */
final class TestTaxonomies {
  static final String OCC = "http://data.europa.eu/esco/occupation/";
  static final String SKILL = "http://data.europa.eu/esco/skill/";
  static final String COOK = OCC + "90f75f67-495d-49fa-ab57-2f320e251d7e";
  static final String KITCHEN = OCC + "e1cf6897-158d-4b48-a39e-2a3a8cac216c";
  static final String WELDER = OCC + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String NURSE = OCC + "8d3e8aaa-791b-4c75-a465-f3f827028f50";
  static final String WAREHOUSE = OCC + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
  static final String TRUCK = OCC + "45037d43-a8f5-4f46-b332-b2935bc305f4";
  static final String DEVELOPER = OCC + "f2b15a0e-e65a-438a-affb-29b9d50b77d1";

  private TestTaxonomies() {}

  static Taxonomy small() {
    Taxonomy.Builder b = Taxonomy.builder();
    occupation(b, COOK, "5120", "29302", "Koch/Köchin", "cook");
    occupation(b, KITCHEN, "9412", "29301", "Küchenhilfe", "kitchen assistant");
    occupation(b, WELDER, "7212", "24422", "Schweißer/Schweißerin", "welder");
    occupation(b, NURSE, "2221", "81302", "Pflegefachmann/Pflegefachfrau", "nurse");
    occupation(b, WAREHOUSE, "9333", "51311", "Lagerhelfer/Lagerhelferin", "warehouse worker");
    occupation(b, TRUCK, "8332", "52122", "Berufskraftfahrer/Berufskraftfahrerin", "truck driver");
    occupation(
        b,
        DEVELOPER,
        "2512",
        "43414",
        "Softwareentwickler/Softwareentwicklerin",
        "software developer");
    skill(
        b,
        "f3934441-4bff-4076-9945-e6c51a01c467",
        "Kochtechniken anwenden",
        "kochen",
        "استخدام تقنيات الطهي");
    skill(b, "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f", "Lebensmittelhygiene einhalten", null, null);
    skill(b, "c42d2a2a-2f55-45ac-beb1-0a8a76412457", "Schneidwerkzeuge verwenden", null, null);
    skill(b, "9b31016e-c99d-4bd2-a550-d5660dac5041", "Küchengeräte reinigen", "spülen", null);
    skill(
        b,
        "27d26fd6-5795-4f0a-884e-112df7c68314",
        "Lichtbogenschweißen anwenden",
        "schweißen",
        null);
    skill(b, "2fcd95a4-1f9a-41cf-95a9-4701bde476b4", "Schweißgeräte bedienen", null, null);
    skill(b, "7f107a85-d6ac-410f-a995-d635c5aa418b", "Metallarten", null, null);
    skill(b, "6d13053b-ee35-492c-8976-8178420df398", "Infektionsschutz", null, null);
    skill(b, "a17286c5-238d-4f0b-bc24-29e9121345de", "aktiv zuhören", null, null);
    skill(b, "44f6a65f-6be7-4818-9a66-73908797283f", "Lagerbestand überwachen", null, null);
    skill(b, "28cb374e-6261-4133-8371-f9a5470145da", "Gabelstapler fahren", "Stapler fahren", null);
    skill(b, "2a82241a-216e-44d8-bb50-6b9a0ef82084", "Fahrzeuge fahren", null, null);
    skill(b, "21d2f96d-35f7-4e3f-9745-c533d2dd6e97", "Programmierung", "programmieren", null);
    rel(b, DEVELOPER, "21d2f96d-35f7-4e3f-9745-c533d2dd6e97", true);
    rel(b, DEVELOPER, "a17286c5-238d-4f0b-bc24-29e9121345de", false);
    rel(b, COOK, "f3934441-4bff-4076-9945-e6c51a01c467", true);
    rel(b, COOK, "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f", true);
    rel(b, COOK, "c42d2a2a-2f55-45ac-beb1-0a8a76412457", true);
    rel(b, COOK, "9b31016e-c99d-4bd2-a550-d5660dac5041", false);
    rel(b, KITCHEN, "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f", true);
    rel(b, KITCHEN, "9b31016e-c99d-4bd2-a550-d5660dac5041", true);
    rel(b, KITCHEN, "c42d2a2a-2f55-45ac-beb1-0a8a76412457", true);
    rel(b, WELDER, "27d26fd6-5795-4f0a-884e-112df7c68314", true);
    rel(b, WELDER, "2fcd95a4-1f9a-41cf-95a9-4701bde476b4", true);
    rel(b, WELDER, "7f107a85-d6ac-410f-a995-d635c5aa418b", true);
    rel(b, NURSE, "6d13053b-ee35-492c-8976-8178420df398", true);
    rel(b, NURSE, "a17286c5-238d-4f0b-bc24-29e9121345de", true);
    rel(b, WAREHOUSE, "44f6a65f-6be7-4818-9a66-73908797283f", true);
    rel(b, WAREHOUSE, "28cb374e-6261-4133-8371-f9a5470145da", false);
    rel(b, TRUCK, "2a82241a-216e-44d8-bb50-6b9a0ef82084", true);
    rel(b, TRUCK, "a17286c5-238d-4f0b-bc24-29e9121345de", false);
    return b.build();
  }

  private static void occupation(
      Taxonomy.Builder b, String uri, String isco, String kldb, String de, String en) {
    b.occupation(
        new Occupation(
            uri,
            isco,
            Optional.of(kldb),
            new Labels(Map.of("de", de, "en", en), Map.of()),
            Optional.empty()));
  }

  private static void skill(Taxonomy.Builder b, String id, String de, String deAlt, String ar) {
    Map<String, String> preferred = ar == null ? Map.of("de", de) : Map.of("de", de, "ar", ar);
    Map<String, List<String>> alternatives =
        deAlt == null ? Map.of() : Map.of("de", List.of(deAlt));
    b.skill(
        new Skill(SKILL + id, SkillType.SKILL_COMPETENCE, "", new Labels(preferred, alternatives)));
  }

  private static void rel(
      Taxonomy.Builder b, String occupation, String skillId, boolean essential) {
    b.relation(occupation, SKILL + skillId, essential);
  }
}
