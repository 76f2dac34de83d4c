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
package org.chancengeber.matcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/** A small hand-built taxonomy (kitchen, metal, care, logistics) and helpers for tests. */
public final class Fixtures {
  public static final String OCC = "http://data.europa.eu/esco/occupation/";
  public static final String SKILL = "http://data.europa.eu/esco/skill/";

  public static final String COOK = OCC + "cook";
  public static final String SOUS_CHEF = OCC + "sous-chef";
  public static final String KITCHEN_ASSISTANT = OCC + "kitchen-assistant";
  public static final String METAL_WORKER = OCC + "metal-worker";
  public static final String WELDER = OCC + "welder";
  public static final String NURSING_ASSISTANT = OCC + "nursing-assistant";
  public static final String WAREHOUSE_WORKER = OCC + "warehouse-worker";

  public static final String FOOD_GROUP = SKILL + "food-preparation";
  public static final String PREPARE_DISHES = SKILL + "prepare-dishes";
  public static final String GRILL_MEAT = SKILL + "grill-meat";
  public static final String FOOD_HYGIENE = SKILL + "food-hygiene";
  public static final String USE_KNIVES = SKILL + "use-knives";
  public static final String WELD = SKILL + "weld-metal";
  public static final String CUT_METAL = SKILL + "cut-metal";
  public static final String READ_DRAWINGS = SKILL + "read-drawings";
  public static final String ASSIST_PATIENTS = SKILL + "assist-patients";
  public static final String FORKLIFT = SKILL + "operate-forklift";
  public static final String MANAGE_STOCK = SKILL + "manage-stock";

  public static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
  public static final Location KASSEL = Location.of(51.3127, 9.4797, "Kassel");
  public static final Location KASSEL_WEST = Location.of(51.3127, 9.40, "Kassel-West");
  public static final Location BAUNATAL = Location.of(51.2550, 9.4180, "Baunatal");
  public static final Location GOETTINGEN = Location.of(51.5413, 9.9158, "Göttingen");

  public static final Employer RESTAURANT =
      new Employer("e-restaurant", "Restaurant Zur Linde", true, false, true);
  public static final Employer PLAIN = new Employer("e-plain", "Plain GmbH", false, false, false);

  private Fixtures() {}

  private static Labels labels(String en, String de, String... deAlternatives) {
    return new Labels(
        Map.of("en", en, "de", de),
        deAlternatives.length == 0 ? Map.of() : Map.of("de", List.of(deAlternatives)));
  }

  /** The test taxonomy. */
  public static Taxonomy taxonomy() {
    Taxonomy.Builder b = Taxonomy.builder();
    b.occupation(
        new Occupation(
            COOK,
            "5120",
            Optional.of("29302"),
            labels("cook", "Koch/Köchin", "Koch"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            SOUS_CHEF,
            "5120",
            Optional.empty(),
            labels("sous chef", "Sous-Chef"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            KITCHEN_ASSISTANT,
            "9412",
            Optional.of("29301"),
            labels("kitchen assistant", "Küchenhilfe"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            METAL_WORKER,
            "7214",
            Optional.of("24412"),
            labels("metal worker", "Metallbauer/in"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            WELDER,
            "7212",
            Optional.of("24222"),
            labels("welder", "Schweißer/in"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            NURSING_ASSISTANT,
            "5321",
            Optional.of("81301"),
            labels("nursing assistant", "Pflegehelfer/in"),
            Optional.empty()));
    b.occupation(
        new Occupation(
            WAREHOUSE_WORKER,
            "9333",
            Optional.of("51311"),
            labels("warehouse worker", "Lagerhelfer/in"),
            Optional.empty()));
    skill(b, PREPARE_DISHES, "prepare dishes", "Speisen zubereiten", "kochen");
    skill(b, GRILL_MEAT, "grill meat", "Fleisch grillen");
    skill(b, FOOD_HYGIENE, "food hygiene", "Lebensmittelhygiene");
    skill(b, USE_KNIVES, "use knives", "Messer verwenden");
    skill(b, WELD, "weld metal", "Metall schweißen", "schweißen");
    skill(b, CUT_METAL, "cut metal", "Metall schneiden");
    skill(b, READ_DRAWINGS, "read technical drawings", "technische Zeichnungen lesen");
    skill(b, ASSIST_PATIENTS, "assist patients", "Patienten unterstützen");
    skill(b, FORKLIFT, "operate forklift", "Gabelstapler fahren");
    skill(b, MANAGE_STOCK, "manage stock", "Lagerbestand verwalten");
    b.skillGroup(FOOD_GROUP, labels("food preparation", "Speisenzubereitung"));
    b.broaderSkill(PREPARE_DISHES, FOOD_GROUP);
    b.broaderSkill(USE_KNIVES, FOOD_GROUP);
    b.broaderSkill(GRILL_MEAT, PREPARE_DISHES);
    b.relation(COOK, PREPARE_DISHES, true);
    b.relation(COOK, FOOD_HYGIENE, true);
    b.relation(COOK, USE_KNIVES, false);
    b.relation(SOUS_CHEF, PREPARE_DISHES, true);
    b.relation(KITCHEN_ASSISTANT, USE_KNIVES, true);
    b.relation(KITCHEN_ASSISTANT, FOOD_HYGIENE, true);
    b.relation(METAL_WORKER, CUT_METAL, true);
    b.relation(METAL_WORKER, READ_DRAWINGS, true);
    b.relation(METAL_WORKER, WELD, false);
    b.relation(WELDER, WELD, true);
    b.relation(NURSING_ASSISTANT, ASSIST_PATIENTS, true);
    b.relation(WAREHOUSE_WORKER, FORKLIFT, true);
    b.relation(WAREHOUSE_WORKER, MANAGE_STOCK, false);
    return b.build();
  }

  private static void skill(Taxonomy.Builder b, String uri, String en, String de, String... alt) {
    b.skill(new Skill(uri, SkillType.SKILL_COMPETENCE, "sector-specific", labels(en, de, alt)));
  }

  public static ConceptRef id(String uri) {
    return ConceptRef.id(uri);
  }

  public static SkillClaim claim(String uri, Evidence evidence) {
    return SkillClaim.of(ConceptRef.id(uri), evidence);
  }

  public static SkillClaim claim(String uri, Evidence evidence, double years) {
    return new SkillClaim(ConceptRef.id(uri), evidence, OptionalDouble.of(years));
  }

  public static Experience experience(String occupation, double years) {
    return new Experience(ConceptRef.id(occupation), years, Optional.of("SY"));
  }

  public static Measure positiveTrial(String occupation) {
    return new Measure(
        MeasureType.PRACTICAL_TRIAL,
        Optional.of(ConceptRef.id(occupation)),
        Optional.of(TODAY.minusMonths(2)),
        Optional.of("POSITIVE"));
  }

  /** A recognised refugee in Kassel, born 1995, 25 km travel; no languages yet. */
  public static Candidate.Builder person(String id) {
    return Candidate.builder(id, KASSEL, Residence.of(ResidenceStatus.RECOGNISED))
        .maxTravelKm(25)
        .birthYear(1995);
  }

  /** A job in Kassel for {@code occupation}, German B1, starting in three months. */
  public static Vacancy.Builder offer(String id, String occupation) {
    return Vacancy.builder(id, PLAIN, OfferType.JOB, KASSEL)
        .title(id)
        .occupation(ConceptRef.id(occupation))
        .language("de", org.chancengeber.matcher.model.Cefr.B1)
        .start(TODAY.plusMonths(3));
  }

  /** An engine over the fixture taxonomy; small as the tests' indexes are, ranking two-phase. */
  public static MatchEngine.Builder engine() {
    return MatchEngine.builder().taxonomy(taxonomy()).today(TODAY).twoPhaseFrom(0);
  }

  /**
   * A scorer over {@code taxonomy} with the default profile, the German rules and pathways, and a
   * horizon of 12 months.
   */
  public static MatchScorer scorer(Taxonomy taxonomy) {
    return scorer(taxonomy, ScoringProfile.defaults());
  }

  /** As {@link #scorer(Taxonomy)}, with {@code profile}. */
  public static MatchScorer scorer(Taxonomy taxonomy, ScoringProfile profile) {
    return new MatchScorer(
        taxonomy, profile, RuleSet.germanDefaults(), PathwayPlanner.germanDefaults(), 12);
  }

  /** Employer {@code e-<id>}, each kind of support drawn from {@code r}. */
  public static Employer employer(int id, java.util.Random r) {
    return new Employer(
        "e-" + id, "Employer " + id, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
  }

  /** A place drawn from {@code r}, uniform over the disc of {@code km} around Kassel. */
  public static Location nearKassel(double km, java.util.Random r) {
    double d = km * Math.sqrt(r.nextDouble());
    double angle = 2 * Math.PI * r.nextDouble();
    return Location.of(
        KASSEL.point().lat() + d * Math.cos(angle) / 111.2,
        KASSEL.point().lon() + d * Math.sin(angle) / 69.6,
        "near Kassel");
  }
}
