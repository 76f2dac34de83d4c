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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real ESCO data in the shared data folder: v1.1.1 English + German and Arabic labels. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class EscoRealDataTest {
  private Taxonomy taxonomy;
  private LoadReport report;

  @BeforeAll
  void load() {
    Path esco = TestData.shared("esco");
    EscoImporter.Loaded loaded =
        EscoImporter.loadReporting(
            esco.resolve("v1.1.1/esco-v1.1.1-classification-en-csv.zip"),
            esco.resolve("v1.1.1/esco-v1.1.1-classification-relations-csv.zip"),
            esco.resolve("v1.2.0-de"),
            esco.resolve("v1.0-ar"));
    taxonomy = loaded.taxonomy();
    report = loaded.report();
  }

  @Test
  void counts_matchTheFiles() {
    assertThat(taxonomy.occupations()).hasSize(3007);
    assertThat(taxonomy.skills()).hasSize(13_896);
    assertThat(report.relationsRead()).isEqualTo(123_855);
    // 67 relations of one occupation (a9e54177-...) that v1.1.1 relations name but its
    // occupations file does not define
    assertThat(report.relationsSkipped()).isEqualTo(67);
    assertThat(taxonomy.relationCount()).isEqualTo(123_855 - 67);
    assertThat(
            taxonomy.occupations().stream()
                .flatMap(o -> taxonomy.skillsOf(o.uri()).stream())
                .filter(OccupationSkill::essential)
                .count())
        .isEqualTo(64_946 - 55); // 55 of the 67 are essential
  }

  @Test
  void labels_mergedFromThreeReleases() {
    Occupation o =
        taxonomy
            .occupation(
                "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34")
            .orElseThrow();
    assertThat(o.labels().preferred().keySet()).containsExactly("ar", "de", "en");
    assertThat(o.labels().best("de"))
        .isEqualTo(
            "Technischer Leiter für Bühne, Film und Fernsehen/Technische Leiterin für Bühne, Film"
                + " und Fernsehen");
    assertThat(o.iscoGroup()).isEqualTo("2654");
    assertThat(taxonomy.iscoGroup("2654").orElseThrow().preferred()).containsKeys("en", "de");
    assertThat(report.labelRowsSkipped()).isEqualTo((3039 - 3004) + (2942 - 2939));
    // 4 label files from the English zip, 4 relation files, 2 German files, 1 Arabic file
    assertThat(report.files()).hasSize(11);
  }

  /**
   * Share of labels (lang, preferred or alternative) that resolve to their own occupation first.
   */
  private double rate(String lang, boolean preferred) {
    ConceptResolver r = taxonomy.resolver();
    int n = 0;
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (Occupation o : taxonomy.occupations()) {
      List<String> labels =
          preferred
              ? Optional.ofNullable(o.labels().preferred().get(lang)).stream().toList()
              : o.labels().alternatives().getOrDefault(lang, List.of());
      for (String label : labels) {
        n++;
        List<ConceptResolver.Resolution> top =
            r.resolve(label, lang, Optional.of(ConceptType.OCCUPATION), 1);
        if (!top.isEmpty() && top.get(0).uri().equals(o.uri())) {
          hits++;
        } else if (misses.size() < 15) {
          misses.add(label + " -> " + (top.isEmpty() ? "nothing" : top.get(0).label()));
        }
      }
    }
    double rate = (double) hits / n;
    System.out.printf(
        "resolution %s %s: %d/%d = %.4f; misses e.g. %s%n",
        lang, preferred ? "preferred" : "alternative", hits, n, rate, misses);
    return rate;
  }

  @Test
  void resolver_germanPreferredLabels() {
    assertThat(rate("de", true)).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void resolver_germanAlternativeLabels() {
    assertThat(rate("de", false)).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void resolver_arabicPreferredLabels() {
    assertThat(rate("ar", true)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void load_allFilesUnzippedSideBySide_sameTaxonomy(@TempDir Path dir) throws IOException {
    Path esco = TestData.shared("esco");
    for (String zip :
        List.of(
            "v1.1.1/esco-v1.1.1-classification-en-csv.zip",
            "v1.1.1/esco-v1.1.1-classification-relations-csv.zip")) {
      try (ZipFile z = new ZipFile(esco.resolve(zip).toFile())) {
        for (ZipEntry e : z.stream().toList()) {
          try (InputStream in = z.getInputStream(e)) {
            Files.copy(in, dir.resolve(Path.of(e.getName()).getFileName().toString()));
          }
        }
      }
    }
    for (String f :
        List.of(
            "v1.2.0-de/occupations_de.csv",
            "v1.2.0-de/ISCOGroups_de.csv",
            "v1.0-ar/occupations_ar.csv")) {
      Files.copy(esco.resolve(f), dir.resolve(Path.of(f).getFileName()));
    }

    Taxonomy folder = EscoImporter.load(dir);

    assertThat(folder.occupations()).containsExactlyElementsOf(taxonomy.occupations());
    assertThat(folder.skills()).hasSameSizeAs(taxonomy.skills());
    assertThat(folder.relationCount()).isEqualTo(taxonomy.relationCount());
  }
}
