package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A candidate as read from a file: the profile that matching uses, and apart from it the protected
 * attributes for fairness reports. Pass {@link #candidate()} to the engine; never this record.
 *
 * @param candidate the profile matching uses
 * @param audit the protected attributes, for fairness reports only
 */
public record CandidateRecord(Candidate candidate, AuditAttributes audit) {
  /** Creates a record, checking that no component is null. */
  public CandidateRecord {
    requireNonNull(candidate, "candidate");
    requireNonNull(audit, "audit");
  }
}
