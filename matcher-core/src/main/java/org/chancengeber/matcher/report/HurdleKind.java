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
package org.chancengeber.matcher.report;

import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.StepKind;

/**
 * What holds a person back from an offer, as a steering group counts it: the gap kinds of the
 * pathways, and the kinds of the rules' exclusions.
 */
public enum HurdleKind {
  /** A language level. */
  LANGUAGE,
  /** Reading and writing in the Latin script. */
  LITERACY,
  /** Missing skills. */
  SKILL,
  /** Skills only self-reported. */
  EVIDENCE,
  /** A qualification. */
  QUALIFICATION,
  /** The recognition of a foreign qualification. */
  RECOGNITION,
  /** A school certificate. */
  SCHOOL_CERTIFICATE,
  /** A work permit to apply for. */
  WORK_PERMIT,
  /** A ban on work. */
  WORK_BAN,
  /** A residence permit that ends too early. */
  PERMIT_EXPIRY,
  /** A driving licence. */
  DRIVING_LICENCE,
  /** An age rule. */
  AGE,
  /** Working hours. */
  HOURS,
  /** A start date. */
  START_DATE,
  /** Travel distance. */
  DISTANCE,
  /** A reason the classification does not know (e.g. from a custom rule file). */
  OTHER;

  /**
   * Whether a step a case worker can arrange closes it (a course, a trial, a permit, recognition, a
   * licence); age rules, working hours, start dates, bans and distance are not interventions.
   *
   * @return whether a case worker can arrange what closes it
   */
  public boolean actionable() {
    return switch (this) {
      case LANGUAGE,
          LITERACY,
          SKILL,
          EVIDENCE,
          QUALIFICATION,
          RECOGNITION,
          SCHOOL_CERTIFICATE,
          WORK_PERMIT,
          PERMIT_EXPIRY,
          DRIVING_LICENCE ->
          true;
      default -> false;
    };
  }

  /**
   * {@return the hurdle a gap is}
   *
   * @param gap the gap kind
   */
  public static HurdleKind of(GapKind gap) {
    return valueOf(gap.name());
  }

  /**
   * {@return the hurdle a pathway step closes}
   *
   * @param step the step kind
   */
  public static HurdleKind of(StepKind step) {
    return switch (step) {
      case LITERACY_COURSE -> LITERACY;
      case INTEGRATION_COURSE, LANGUAGE_COURSE -> LANGUAGE;
      case PRACTICAL_TRIAL, SKILLS_ASSESSMENT -> EVIDENCE;
      case EQ, ON_THE_JOB_TRAINING -> SKILL;
      case TQ, VALIDATION_PROCEDURE -> QUALIFICATION;
      case RECOGNITION -> RECOGNITION;
      case WORK_PERMIT -> WORK_PERMIT;
      case DRIVING_LICENCE -> DRIVING_LICENCE;
      case SCHOOL_CERTIFICATE -> SCHOOL_CERTIFICATE;
    };
  }
}
