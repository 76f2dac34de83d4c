package org.chancengeber.matcher.model;

/** Residence titles relevant to work and training; see DOMAIN.md. */
public enum ResidenceStatus {
  /** Recognised refugee or protection (§25 AufenthG), §25a/§25b, §104c. */
  RECOGNISED,
  /** §24 AufenthG temporary protection (Ukraine). */
  TEMPORARY_PROTECTION,
  /** Aufenthaltsgestattung: asylum procedure pending. */
  GESTATTUNG,
  /** Duldung: removal suspended. */
  DULDUNG,
  /** §60c Ausbildungsduldung (or §16g training permit). */
  AUSBILDUNGSDULDUNG,
  /** §60d Beschäftigungsduldung. */
  BESCHAEFTIGUNGSDULDUNG,
  /** §104c Chancen-Aufenthaltsrecht. */
  CHANCEN,
  /** Any other residence permit. */
  OTHER_PERMIT
}
