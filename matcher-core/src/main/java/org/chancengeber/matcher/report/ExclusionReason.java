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
package org.chancengeber.matcher.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;

/**
 * One reason an offer is left out, structured: its code, the hurdles behind it and the text.
 *
 * @param hurdles for {@code BEYOND_HORIZON} the hurdles the (too long) pathway's steps close, with
 *     the longest step's first; otherwise the code's own hurdle
 * @param code the reason's code
 * @param text the reason in plain language
 */
public record ExclusionReason(ExclusionCode code, List<HurdleKind> hurdles, Message text) {
  /** Creates a reason, checking that no component is null and copying the hurdles. */
  public ExclusionReason {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    hurdles = List.copyOf(hurdles);
  }

  /**
   * The reasons of an exclusion; {@code longPathway} is the pathway the person would need for that
   * offer without a horizon (empty when not known), which names the hurdles of {@code
   * BEYOND_HORIZON}.
   *
   * @param e the exclusion
   * @param longPathway the pathway without a horizon, or empty
   * @return one structured reason per reason of {@code e}
   */
  public static List<ExclusionReason> of(Exclusion e, List<PathwayStep> longPathway) {
    List<ExclusionReason> out = new ArrayList<>();
    for (Message m : e.reasons()) {
      ExclusionCode code = ExclusionCode.of(m);
      List<HurdleKind> hurdles =
          code.hurdle().map(List::of).orElseGet(() -> stepHurdles(longPathway));
      out.add(new ExclusionReason(code, hurdles, m));
    }
    return out;
  }

  /** The hurdles of steps, the longest step's first, each once; OTHER when there are none. */
  static List<HurdleKind> stepHurdles(List<PathwayStep> steps) {
    List<PathwayStep> sorted = new ArrayList<>(steps);
    sorted.sort(java.util.Comparator.comparingInt(PathwayStep::months).reversed());
    Set<HurdleKind> seen = EnumSet.noneOf(HurdleKind.class);
    List<HurdleKind> out = new ArrayList<>();
    for (PathwayStep s : sorted) {
      HurdleKind k = HurdleKind.of(s.step());
      if (seen.add(k)) {
        out.add(k);
      }
    }
    return out.isEmpty() ? List.of(HurdleKind.OTHER) : out;
  }
}
