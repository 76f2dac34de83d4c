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
package org.chancengeber.matcher.pathway;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;

/**
 * The steps from a person to an offer.
 *
 * @param readyInMonths months until every step is done (steps that run in parallel overlap)
 * @param unreachable why the offer is beyond the horizon (empty when reachable)
 * @param monthsExceptProof months until every step but the practical trial that proves
 *     self-reported skills is done: what the timing factor counts, so that evidence changes the
 *     pathway and never the order of offers
 * @param readiness ready now or reachable
 * @param steps the steps, in order
 * @param gaps the gaps the steps close
 */
public record Pathway(
    Readiness readiness,
    int readyInMonths,
    List<Gap> gaps,
    List<PathwayStep> steps,
    List<Message> unreachable,
    int monthsExceptProof) {
  public static final Pathway READY =
      new Pathway(Readiness.READY_NOW, 0, List.of(), List.of(), List.of());

  /**
   * A pathway with no step that only proves skills.
   *
   * @param readiness ready now or reachable
   * @param steps the steps, in order
   * @param gaps the gaps the steps close
   * @param readyInMonths months until every step is done
   * @param unreachable why the offer cannot be reached within the horizon, if it cannot
   */
  public Pathway(
      Readiness readiness,
      int readyInMonths,
      List<Gap> gaps,
      List<PathwayStep> steps,
      List<Message> unreachable) {
    this(readiness, readyInMonths, gaps, steps, unreachable, readyInMonths);
  }

  /** Creates a pathway, checking that no component is null and copying the lists. */
  public Pathway {
    requireNonNull(readiness, "readiness");
    if (monthsExceptProof < 0 || monthsExceptProof > readyInMonths) {
      throw new IllegalArgumentException(
          "monthsExceptProof ("
              + monthsExceptProof
              + ") must be in 0.."
              + readyInMonths
              + " (readyInMonths)");
    }
    gaps = List.copyOf(gaps);
    steps = List.copyOf(steps);
    unreachable = List.copyOf(unreachable);
  }

  /** {@return whether the offer can be reached within the horizon} */
  public boolean reachable() {
    return unreachable.isEmpty();
  }
}
