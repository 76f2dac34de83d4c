package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A candidate as read from a file: the profile that matching uses, and apart from it the protected
 * attributes for fairness reports. Pass {@link #candidate()} to the engine; never this record.
 */
public record CandidateRecord(Candidate candidate, AuditAttributes audit) {
  public CandidateRecord {
    requireNonNull(candidate, "candidate");
    requireNonNull(audit, "audit");
  }
}
