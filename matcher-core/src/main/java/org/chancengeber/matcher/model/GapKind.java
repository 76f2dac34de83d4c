package org.chancengeber.matcher.model;

/** What stands between a person and an offer. */
public enum GapKind {
  LANGUAGE,
  LITERACY,
  SKILL,
  EVIDENCE,
  QUALIFICATION,
  RECOGNITION,
  SCHOOL_CERTIFICATE,
  WORK_PERMIT,
  PERMIT_EXPIRY,
  DRIVING_LICENCE,
  AGE,
  HOURS,
  START_DATE,
  DISTANCE
}
