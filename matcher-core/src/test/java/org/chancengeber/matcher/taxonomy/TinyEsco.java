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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A tiny taxonomy in the official ESCO CSV layout, written to a folder for tests. */
final class TinyEsco {
  static final String OCC = "http://data.europa.eu/esco/occupation/";
  static final String SKILL = "http://data.europa.eu/esco/skill/";
  static final String COOK = OCC + "cook";
  static final String HEAD_COOK = OCC + "head-cook";
  static final String KITCHEN_PORTER = OCC + "kitchen-porter";
  static final String WELDER = OCC + "welder";
  static final String METAL_WORKER = OCC + "metal-worker";
  static final String NURSE = OCC + "nurse";
  static final String PREPARE_MEALS = SKILL + "prepare-meals";
  static final String COOK_VEG = SKILL + "cook-vegetables";
  static final String COOK_FISH = SKILL + "cook-fish";
  static final String FOOD_HYGIENE = SKILL + "food-hygiene";
  static final String WASH_DISHES = SKILL + "wash-dishes";
  static final String WELD = SKILL + "weld";
  static final String READ_DRAWINGS = SKILL + "read-drawings";
  static final String CARE = SKILL + "care";
  static final String GROUP_FOOD = SKILL + "group-food";
  static final String GROUP_METAL = SKILL + "group-metal";

  /** English files (labels, as in the "-en-csv" zip). */
  static final Map<String, String> EN =
      Map.of(
          "occupations_en.csv",
          """
          conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,regulatedProfessionNote,definition,kldbCode
          Occupation,%1$scook,5120,cook,"chef
          commis chef",,released,,"Cooks prepare food, e.g. ""soups"".",29302
          Occupation,%1$shead-cook,3434,head cook,,,released,,,
          Occupation,%1$skitchen-porter,9412,kitchen porter,dishwasher,,released,,,29301
          Occupation,%1$swelder,7212,welder,welding operator,,released,,,24412
          Occupation,%1$smetal-worker,7212,metal worker,,,released,,,
          Occupation,%1$snurse,2221,nurse responsible for general care,nurse,,released,,,
          """
              .formatted(OCC),
          "skills_en.csv",
          """
          \uFEFFconceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description
          KnowledgeSkillCompetence,%1$sprepare-meals,skill/competence,sector-specific,prepare meals,cook meals,
          KnowledgeSkillCompetence,%1$scook-vegetables,skill/competence,occupation-specific,cook vegetables,,
          KnowledgeSkillCompetence,%1$scook-fish,skill/competence,occupation-specific,cook fish,,
          KnowledgeSkillCompetence,%1$sfood-hygiene,knowledge,cross-sector,food hygiene,,
          KnowledgeSkillCompetence,%1$swash-dishes,skill/competence,sector-specific,wash dishes,,
          KnowledgeSkillCompetence,%1$sweld,skill/competence,sector-specific,use welding equipment,weld,
          KnowledgeSkillCompetence,%1$sread-drawings,skill/competence,cross-sector,read engineering drawings,,
          KnowledgeSkillCompetence,%1$scare,skill/competence,sector-specific,provide nursing care,,
          """
              .formatted(SKILL),
          "skillGroups_en.csv",
          """
          conceptType,conceptUri,preferredLabel,altLabels
          SkillGroup,%1$sgroup-food,food preparation,
          SkillGroup,%1$sgroup-metal,metal working,
          """
              .formatted(SKILL),
          "ISCOGroups_en.csv",
          """
          conceptType,conceptUri,code,preferredLabel,altLabels
          ISCOGroup,http://data.europa.eu/esco/isco/C5120,5120,Cooks,
          ISCOGroup,http://data.europa.eu/esco/isco/C7212,7212,"Welders and flamecutters",
          """,
          "conceptSchemes_en.csv",
          """
          conceptType,conceptSchemeUri,preferredLabel
          ConceptScheme,http://data.europa.eu/esco/concept-scheme/skills,Skills
          """);

  /** Relation files (as in the "-relations-csv" zip). */
  static final Map<String, String> RELATIONS =
      Map.of(
          "occupationSkillRelations.csv",
          """
          occupationUri,relationType,skillType,skillUri
          %1$scook,essential,skill/competence,%2$sprepare-meals
          %1$scook,essential,knowledge,%2$sfood-hygiene
          %1$scook,optional,skill/competence,%2$scook-fish
          %1$shead-cook,essential,skill/competence,%2$sprepare-meals
          %1$shead-cook,essential,knowledge,%2$sfood-hygiene
          %1$shead-cook,essential,skill/competence,%2$scook-vegetables
          %1$skitchen-porter,essential,skill/competence,%2$swash-dishes
          %1$skitchen-porter,essential,knowledge,%2$sfood-hygiene
          %1$swelder,essential,skill/competence,%2$sweld
          %1$swelder,optional,skill/competence,%2$sread-drawings
          %1$smetal-worker,essential,skill/competence,%2$sread-drawings
          %1$snurse,essential,skill/competence,%2$scare
          %1$sgone,essential,skill/competence,%2$scare
          """
              .formatted(OCC, SKILL),
          "broaderRelationsSkillPillar.csv",
          """
          conceptType,conceptUri,broaderType,broaderUri
          KnowledgeSkillCompetence,%1$scook-vegetables,KnowledgeSkillCompetence,%1$sprepare-meals
          KnowledgeSkillCompetence,%1$scook-fish,KnowledgeSkillCompetence,%1$sprepare-meals
          KnowledgeSkillCompetence,%1$sprepare-meals,SkillGroup,%1$sgroup-food
          KnowledgeSkillCompetence,%1$swash-dishes,SkillGroup,%1$sgroup-food
          KnowledgeSkillCompetence,%1$sweld,SkillGroup,%1$sgroup-metal
          """
              .formatted(SKILL),
          "broaderRelationsOccPillar.csv",
          """
          conceptType,conceptUri,broaderType,broaderUri
          Occupation,%1$scook,ISCOGroup,http://data.europa.eu/esco/isco/C5120
          Occupation,%1$shead-cook,Occupation,%1$scook
          """
              .formatted(OCC),
          "skillSkillRelations.csv",
          """
          originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri
          %1$sweld,skill/competence,optional,skill/competence,%1$sread-drawings
          """
              .formatted(SKILL));

  /** German occupation labels in the v1.2.0 layout; one URI unknown to the English set. */
  static final Map<String, String> DE =
      Map.of(
          "occupations_de.csv",
          """
          conceptUri,iscoGroup,preferredLabel,altLabels,broaderUri,definition
          %1$scook,5120,Koch/Köchin,"Küchenchef
          Küchenchefin",http://data.europa.eu/esco/isco/C5120,
          %1$swelder,7212,Schweißer/Schweißerin,"Schweißfachkraft",,
          %1$snurse,2221,Pflegefachmann/-frau,"Krankenpfleger/in
          Gesundheits- und Krankenpfleger/-in",,
          %1$sghost,9999,Gespenst,,,
          """
              .formatted(OCC));

  /** Arabic occupation labels in the official layout. */
  static final Map<String, String> AR =
      Map.of(
          "occupations_ar.csv",
          """
          conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status
          Occupation,%1$scook,5120,طباخ / طباخة,,,released
          Occupation,%1$swelder,7212,لحام / لحامة,,,released
          """
              .formatted(OCC));

  private TinyEsco() {}

  /** Writes the files into {@code dir}; returns {@code dir}. */
  static Path write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (var e : files.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the files into a zip (inside a folder named like the download); returns the zip. */
  static Path zip(Path zip, Map<String, String> files) {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : new TreeMap<>(files).entrySet()) {
        z.putNextEntry(new ZipEntry("esco-csv/" + e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All files in one folder. */
  static Path writeAll(Path dir) {
    write(dir, EN);
    write(dir, RELATIONS);
    write(dir, DE);
    write(dir, AR);
    return dir;
  }

  static List<String> allNames() {
    List<String> names = new java.util.ArrayList<>();
    names.addAll(EN.keySet());
    names.addAll(RELATIONS.keySet());
    names.addAll(DE.keySet());
    names.addAll(AR.keySet());
    return names;
  }
}
