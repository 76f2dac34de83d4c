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
package org.chancengeber.matcher.pathway;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequirementLevel;

/**
 * The pathway planner's data (a JSON file, see {@code german-defaults.json} beside this class): how
 * long courses, trials, EQ, TQ, recognition and the validation procedure take.
 *
 * @param uePerWeek course pace in teaching units (45 min) per week
 * @param literacyOnlyUe a literacy course on its own, for people whose German is good enough
 * @param jobRelatedCourseUe job-related course (DeuFöV) to reach each level from the one below
 * @param weakB1ToB2Ue B1→B2 when some skill is still below B1
 * @param otherLanguageUePerStep a course step in a language other than German
 * @param regularTrainingMonths regular length of a training occupation (validation and TQ)
 * @param skilledLevels requirement levels at which a job expects a vocational qualification
 * @param skillTraining how long it takes to learn missing essential skills on the job
 */
record Durations(
    String name,
    String description,
    int uePerWeek,
    Course integrationCourse,
    Course literacyCourse,
    int literacyOnlyUe,
    Map<Cefr, Integer> jobRelatedCourseUe,
    int weakB1ToB2Ue,
    int otherLanguageUePerStep,
    int practicalTrialMonths,
    Eq eq,
    Tq tq,
    int regularTrainingMonths,
    Recognition recognition,
    Validation validation,
    Set<RequirementLevel> skilledLevels,
    SkillTraining skillTraining,
    Regulated regulated,
    DefaultGerman defaultGerman,
    SkillsAssessment skillsAssessment) {

  Durations {
    requireNonNull(name, "name");
    positive("uePerWeek", uePerWeek);
    requireNonNull(integrationCourse, "integrationCourse");
    requireNonNull(literacyCourse, "literacyCourse");
    nonNegative("literacyOnlyUe", literacyOnlyUe);
    requireNonNull(jobRelatedCourseUe, "jobRelatedCourseUe");
    for (Cefr c : Cefr.values()) {
      Integer ue = jobRelatedCourseUe.get(c);
      if (ue == null) {
        throw new IllegalArgumentException("jobRelatedCourseUe has no entry for " + c);
      }
      nonNegative("jobRelatedCourseUe." + c, ue);
    }
    jobRelatedCourseUe = Map.copyOf(jobRelatedCourseUe);
    nonNegative("weakB1ToB2Ue", weakB1ToB2Ue);
    nonNegative("otherLanguageUePerStep", otherLanguageUePerStep);
    nonNegative("practicalTrialMonths", practicalTrialMonths);
    requireNonNull(eq, "eq");
    requireNonNull(tq, "tq");
    positive("regularTrainingMonths", regularTrainingMonths);
    requireNonNull(recognition, "recognition");
    requireNonNull(validation, "validation");
    skilledLevels = Set.copyOf(requireNonNull(skilledLevels, "skilledLevels"));
    requireNonNull(skillTraining, "skillTraining");
    requireNonNull(regulated, "regulated");
    requireNonNull(defaultGerman, "defaultGerman");
    requireNonNull(skillsAssessment, "skillsAssessment");
  }

  /**
   * Regulated professions (BQFG; e.g. §§1, 40 ff. PflBG, §3 BÄO): a job in one of these ISCO-08
   * groups (a code or its prefix) needs the foreign qualification recognised, whatever the offer
   * says about certificates; without documents a knowledge exam stands in for them.
   */
  record Regulated(List<String> iscoGroups, int knowledgeExamMonths, String source) {
    Regulated {
      iscoGroups = List.copyOf(requireNonNull(iscoGroups, "iscoGroups"));
      nonNegative("knowledgeExamMonths", knowledgeExamMonths);
      requireNonNull(source, "source");
    }

    boolean covers(String iscoGroup) {
      return covered(iscoGroups, iscoGroup);
    }
  }

  /**
   * The German an offer needs when it names no German minimum: care (the ISCO groups given) at
   * {@code care}; jobs by requirement level; other types by type. An offer's own minimum always
   * wins.
   */
  record DefaultGerman(
      List<String> careIscoGroups,
      Cefr care,
      Map<RequirementLevel, Cefr> jobByLevel,
      Map<OfferType, Cefr> byType,
      String source) {
    DefaultGerman {
      careIscoGroups = List.copyOf(requireNonNull(careIscoGroups, "careIscoGroups"));
      requireNonNull(care, "care");
      jobByLevel = Map.copyOf(requireNonNull(jobByLevel, "jobByLevel"));
      byType = Map.copyOf(requireNonNull(byType, "byType"));
      requireNonNull(source, "source");
    }

    /** The default minimum for an offer of this type, level and ISCO group, where there is one. */
    Optional<Cefr> minimum(OfferType type, Optional<RequirementLevel> level, String iscoGroup) {
      if (type != OfferType.PRACTICAL_TRIAL
          && type != OfferType.EQ
          && covered(careIscoGroups, iscoGroup)) {
        return Optional.of(care);
      }
      if (type == OfferType.JOB) {
        return level.isPresent()
            ? Optional.ofNullable(jobByLevel.get(level.get()))
            : Optional.ofNullable(byType.get(type));
      }
      return Optional.ofNullable(byType.get(type));
    }
  }

  /** A skills test such as MYSKILLS (BA and Bertelsmann Stiftung) for people without documents. */
  record SkillsAssessment(int months, String source) {
    SkillsAssessment {
      nonNegative("months", months);
      requireNonNull(source, "source");
    }
  }

  private static boolean covered(List<String> groups, String iscoGroup) {
    if (iscoGroup.isEmpty()) {
      return false;
    }
    for (String g : groups) {
      if (iscoGroup.startsWith(g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Missing essential skills of a job: learnt on the job in a helper job (up to {@code
   * helperMonths} when all are missing, in proportion otherwise); in a skilled job on the job when
   * at most {@code smallGapShare} of them are missing or the person's experience and skills point
   * to the occupation at least {@code occupationFit} ({@code skilledMonths}), else through TQ
   * modules for the missing share (from the TQ age) or an apprenticeship.
   */
  record SkillTraining(
      int helperMonths, double smallGapShare, int skilledMonths, double occupationFit) {
    SkillTraining {
      if (!(occupationFit >= 0 && occupationFit <= 1)) {
        throw new IllegalArgumentException(
            "occupationFit (" + occupationFit + ") must be in [0, 1]");
      }
      nonNegative("helperMonths", helperMonths);
      if (!(smallGapShare >= 0 && smallGapShare <= 1)) {
        throw new IllegalArgumentException(
            "smallGapShare (" + smallGapShare + ") must be in [0, 1]");
      }
      nonNegative("skilledMonths", skilledMonths);
    }
  }

  /** An integration course (or its literacy variant): language part up to a target, orientation. */
  record Course(int languageUe, int orientationUe, Cefr target) {
    Course {
      positive("languageUe", languageUe);
      nonNegative("orientationUe", orientationUe);
      requireNonNull(target, "target");
    }
  }

  /** EQ (§54a SGB III) before an apprenticeship, for people not yet ready for training. */
  record Eq(int months, int minMonths, int priorityBelowAge, Cefr readyGerman, String source) {
    Eq {
      nonNegative("months", months);
      nonNegative("minMonths", minMonths);
      nonNegative("priorityBelowAge", priorityBelowAge);
      requireNonNull(readyGerman, "readyGerman");
    }
  }

  /** TQ: modules covering a share of the regular training time, for adults from an age. */
  record Tq(int modules, double shareOfTraining, int minAge) {
    Tq {
      positive("modules", modules);
      if (!(shareOfTraining > 0 && shareOfTraining <= 1)) {
        throw new IllegalArgumentException(
            "shareOfTraining (" + shareOfTraining + ") must be in (0, 1]");
      }
      nonNegative("minAge", minAge);
    }
  }

  /** Recognition (BQFG): a new application, a pending one, adaptation after partial recognition. */
  record Recognition(int months, int pendingMonths, int adaptationMonths) {
    Recognition {
      nonNegative("months", months);
      nonNegative("pendingMonths", pendingMonths);
      nonNegative("adaptationMonths", adaptationMonths);
    }
  }

  /** The validation procedure (§§50b ff. BBiG): age, experience as a multiple of training time. */
  record Validation(int minAge, double experienceFactor, int months) {
    Validation {
      nonNegative("minAge", minAge);
      if (!(experienceFactor >= 0)) {
        throw new IllegalArgumentException(
            "experienceFactor (" + experienceFactor + ") must not be negative");
      }
      nonNegative("months", months);
    }
  }

  private static void positive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " (" + value + ") must be positive");
    }
  }

  private static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " (" + value + ") must not be negative");
    }
  }
}
