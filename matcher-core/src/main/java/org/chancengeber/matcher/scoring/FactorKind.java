package org.chancengeber.matcher.scoring;

import java.util.Locale;
import java.util.Optional;

/** The scoring factors, each valued in [0, 1] and weighted by a {@link ScoringProfile}. */
public enum FactorKind {
  /** The offer's skills, by taxonomy similarity to the person's skills times their evidence. */
  SKILLS,
  /** Experience, qualifications and positive trials in the offer's occupation or a close one. */
  EXPERIENCE,
  /** Each required language: met, or how many CEFR steps short. */
  LANGUAGE,
  /** Travel distance, relative to how far the person travels. */
  DISTANCE,
  /** Months until the pathway is done, and whether that is before the offer starts. */
  TIMING,
  /** Mentoring and language support, counted more for people with larger gaps. */
  SUPPORT,
  /** The person's preferred occupations and offer types. */
  PREFERENCES;

  /** Stable lower-case name, as in {@code Factor.name()} and in profile JSON: {@code skills}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The factor named {@code name} (case-insensitive), if any. */
  public static Optional<FactorKind> named(String name) {
    for (FactorKind f : values()) {
      if (f.jsonName().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
