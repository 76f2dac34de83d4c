/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
