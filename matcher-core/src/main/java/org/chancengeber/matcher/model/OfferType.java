package org.chancengeber.matcher.model;

/** What an offer is. */
public enum OfferType {
  /** Praktikum, trial work, "Maßnahme beim Arbeitgeber" (§45 SGB III). */
  PRACTICAL_TRIAL,
  /** Einstiegsqualifizierung (§54a SGB III). */
  EQ,
  /** Teilqualifizierung: certified modules of a training occupation, for adults 25+. */
  TQ,
  /** Dual vocational training (BBiG/HwO). */
  APPRENTICESHIP,
  /** Apprenticeship with AsA flex support (§§74–75a SGB III). */
  ASSISTED_APPRENTICESHIP,
  /** Employment. */
  JOB
}
