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
package org.chancengeber.matcher.rules;

import java.util.List;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;

/**
 * What the legal rules say about one person and one offer on a date.
 *
 * @param exclusions why the offer is not possible at all (empty when it is eligible)
 * @param gaps legal gaps that a step can close (e.g. no work permit yet)
 * @param steps the steps that close those gaps (e.g. apply for a work permit, ~2 months)
 */
public record Verdict(List<Message> exclusions, List<Gap> gaps, List<PathwayStep> steps) {
  public static final Verdict ELIGIBLE = new Verdict(List.of(), List.of(), List.of());

  /** Creates a verdict, checking that no component is null and copying the lists. */
  public Verdict {
    exclusions = List.copyOf(exclusions);
    gaps = List.copyOf(gaps);
    steps = List.copyOf(steps);
  }

  /** {@return whether no rule excludes the offer} */
  public boolean eligible() {
    return exclusions.isEmpty();
  }
}
