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
package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;

/**
 * How one free text was understood: the best concept, the runner-up, and whether the best is
 * confident enough to stand for the text.
 *
 * @param text the text as written
 * @param lang its language ({@code ""} when not given)
 * @param type the kind of concept looked for
 * @param found the best concepts, best first (at most the best and the runner-up are kept)
 * @param threshold the confidence the best must reach
 */
public record Understanding(
    String text, String lang, ConceptType type, List<Resolution> found, double threshold) {
  /** Creates an understanding, checking that no component is null. */
  public Understanding {
    requireNonNull(text, "text");
    requireNonNull(lang, "lang");
    requireNonNull(type, "type");
    found = List.copyOf(found.subList(0, Math.min(2, found.size())));
  }

  /** {@return the best concept, when any was found at all} */
  public Optional<Resolution> best() {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** {@return the second best concept, when there is one} */
  public Optional<Resolution> runnerUp() {
    return found.size() < 2 ? Optional.empty() : Optional.of(found.get(1));
  }

  /** {@return the best concept's confidence, 0 when none was found} */
  public double confidence() {
    return best().map(Resolution::score).orElse(0.0);
  }

  /** {@return true when the best concept reaches the threshold and stands for the text} */
  public boolean understood() {
    return !found.isEmpty() && found.get(0).score() >= threshold;
  }
}
