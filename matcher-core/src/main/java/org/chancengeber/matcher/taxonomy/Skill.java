package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * A skill, competence or knowledge concept.
 *
 * @param uri ESCO concept URI
 * @param reuseLevel ESCO reuse level (e.g. {@code sector-specific}), empty string when unknown
 * @param type skill or knowledge
 * @param labels the labels by language
 */
public record Skill(String uri, SkillType type, String reuseLevel, Labels labels) {
  /** Creates a skill, checking that no component is null. */
  public Skill {
    requireNonNull(uri, "uri");
    requireNonNull(type, "type");
    requireNonNull(reuseLevel, "reuseLevel");
    requireNonNull(labels, "labels");
  }
}
