package org.chancengeber.matcher.model;

/** What stands between a person and an offer. */
public enum GapKind {
  /** A language level below what the offer needs. */
  LANGUAGE,
  /** Reading and writing in the Latin script. */
  LITERACY,
  /** Skills the offer needs that the person lacks or has not proven. */
  SKILL,
  /** Skills only self-reported, to be shown (e.g. in a practical trial). */
  EVIDENCE,
  /** A qualification the offer needs. */
  QUALIFICATION,
  /** The recognition of a foreign qualification. */
  RECOGNITION,
  /** A school certificate the offer needs. */
  SCHOOL_CERTIFICATE,
  /** A work permit. */
  WORK_PERMIT,
  /** A residence permit that ends before the offer does. */
  PERMIT_EXPIRY,
  /** A driving licence the offer needs. */
  DRIVING_LICENCE,
  /** An age rule of the offer type. */
  AGE,
  /** Working hours the person cannot work. */
  HOURS,
  /** The offer starts before the person can. */
  START_DATE,
  /** The offer is beyond the person's travel distance. */
  DISTANCE
}
