package org.chancengeber.matcher.scoring;

/** How a concept a person has relates to the concept an offer asks for. */
enum Relation {
  SAME,
  BROADER,
  NARROWER,
  RELATED,
  SAME_GROUP;

  /**
   * The same relation seen from the other concept: if the neighbour is broader than the claim, the
   * claim is narrower than the neighbour.
   */
  Relation inverse() {
    return switch (this) {
      case BROADER -> NARROWER;
      case NARROWER -> BROADER;
      default -> this;
    };
  }

  /** Message key of "matched by own skill ..." for this relation: {@code scoring.skills.same}. */
  String key() {
    return "scoring.skills." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
