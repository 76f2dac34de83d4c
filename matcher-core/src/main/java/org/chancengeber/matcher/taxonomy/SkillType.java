package org.chancengeber.matcher.taxonomy;

/** ESCO's skill types. */
public enum SkillType {
  /** A skill or competence. */
  SKILL_COMPETENCE,
  /** A knowledge concept. */
  KNOWLEDGE
}
