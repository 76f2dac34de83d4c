package org.chancengeber.matcher.report;

import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.StepKind;

/**
 * What holds a person back from an offer, as a steering group counts it: the gap kinds of the
 * pathways, and the kinds of the rules' exclusions.
 */
public enum HurdleKind {
  LANGUAGE,
  LITERACY,
  SKILL,
  EVIDENCE,
  QUALIFICATION,
  RECOGNITION,
  SCHOOL_CERTIFICATE,
  WORK_PERMIT,
  WORK_BAN,
  PERMIT_EXPIRY,
  DRIVING_LICENCE,
  AGE,
  HOURS,
  START_DATE,
  DISTANCE,
  /** A reason the classification does not know (e.g. from a custom rule file). */
  OTHER;

  /**
   * Whether a step a case worker can arrange closes it (a course, a trial, a permit, recognition, a
   * licence); age rules, working hours, start dates, bans and distance are not interventions.
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

  /** The hurdle a gap is. */
  public static HurdleKind of(GapKind gap) {
    return valueOf(gap.name());
  }

  /** The hurdle a pathway step closes. */
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
