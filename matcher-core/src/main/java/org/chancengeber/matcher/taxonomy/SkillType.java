package org.chancengeber.matcher.taxonomy;

/** ESCO's skill types. */
public enum SkillType {
  SKILL_COMPETENCE,
  KNOWLEDGE
}
