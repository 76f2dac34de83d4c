package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.check.Checks;

/**
 * The employer behind an offer and the support it gives.
 *
 * @param mentoring a mentor or contact person for the newcomer
 * @param languageSupport German support at work or paid course time
 * @param experienceWithRefugees has employed or trained refugees before
 * @param id the employer's id
 * @param name the employer's name
 */
public record Employer(
    String id,
    String name,
    boolean mentoring,
    boolean languageSupport,
    boolean experienceWithRefugees) {
  /** Creates an employer, checking that no component is null. */
  public Employer {
    Checks.id("id", requireNonNull(id, "id"));
    requireNonNull(name, "name");
  }
}
