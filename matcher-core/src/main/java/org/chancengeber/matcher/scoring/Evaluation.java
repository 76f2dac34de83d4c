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
package org.chancengeber.matcher.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;

/**
 * The exact scorer's answer for one person and one offer: the match, or the reasons there is none
 * (not live, too far, excluded by the rules, or a pathway beyond the horizon).
 */
public record Evaluation(Optional<Match> match, List<Message> exclusions) {
  public Evaluation {
    requireNonNull(match, "match");
    exclusions = List.copyOf(exclusions);
    if (match.isPresent() == !exclusions.isEmpty()) {
      throw new IllegalArgumentException("an evaluation has either a match or exclusions");
    }
  }
}
