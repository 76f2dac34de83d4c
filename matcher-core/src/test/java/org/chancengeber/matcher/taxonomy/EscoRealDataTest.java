package org.chancengeber.matcher.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
}
