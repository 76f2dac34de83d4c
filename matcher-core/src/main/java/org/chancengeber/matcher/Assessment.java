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
package org.chancengeber.matcher;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;

/**
 * The full answer for one person and one offer: the match when the offer is eligible, otherwise the
 * reasons it is not; and the free-text concepts of either that were not understood (compared as
 * text only), each with its field prefixed by {@code candidate.} or {@code vacancy.}.
 *
 * @param candidate the person's id
 * @param vacancy the offer's id
 * @param match the match, present exactly when the offer is eligible
 * @param exclusions why the offer is not eligible (empty when it is)
 * @param notUnderstood the free-text concepts of either side that were not understood, field
 *     prefixed with {@code candidate.} or {@code vacancy.}
 */
public record Assessment(
    String candidate,
    String vacancy,
    Optional<Match> match,
    List<Message> exclusions,
    List<ClaimResolution> notUnderstood) {
  /** Creates an assessment, checking that no component is null and copying the lists. */
  public Assessment {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(match, "match");
    exclusions = List.copyOf(exclusions);
    notUnderstood = List.copyOf(notUnderstood);
  }

  /**
   * An assessment without texts that were not understood.
   *
   * @param candidate the person's id
   * @param vacancy the offer's id
   * @param match the match, present exactly when the offer is eligible
   * @param exclusions why the offer is not eligible (empty when it is)
   */
  public Assessment(
      String candidate, String vacancy, Optional<Match> match, List<Message> exclusions) {
    this(candidate, vacancy, match, exclusions, List.of());
  }

  /** {@return whether the offer is eligible for the person (a match is present)} */
  public boolean eligible() {
    return match.isPresent();
  }
}
