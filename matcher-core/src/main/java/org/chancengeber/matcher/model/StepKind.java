package org.chancengeber.matcher.model;

/** The kinds of step a pathway is made of. */
public enum StepKind {
  LITERACY_COURSE,
  INTEGRATION_COURSE,
  LANGUAGE_COURSE,
  PRACTICAL_TRIAL,
  /** Learning missing essential skills at the employer (Einarbeitung). */
  ON_THE_JOB_TRAINING,
  SKILLS_ASSESSMENT,
  EQ,
  TQ,
  RECOGNITION,
  VALIDATION_PROCEDURE,
  WORK_PERMIT,
  DRIVING_LICENCE,
  SCHOOL_CERTIFICATE
}
