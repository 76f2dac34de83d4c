package org.chancengeber.matcher.model;

/** The four CEFR skills a level may be given for separately. */
public enum LanguageDimension {
  /** Reading. */
  READING,
  /** Writing. */
  WRITING,
  /** Speaking. */
  SPEAKING,
  /** Listening. */
  LISTENING
}
