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

import org.chancengeber.matcher.taxonomy.Understanding;

/**
 * How one free-text concept of a person or an offer was resolved.
 *
 * @param field where the text stands, as in the JSON input: {@code skills[0].skill}, {@code
 *     experience[1].occupation}, {@code occupation}, ...
 * @param understanding the text, the best concept and the runner-up with their confidences, and
 *     whether it was understood (else it is compared as text only)
 */
public record ClaimResolution(String field, Understanding understanding) {
  /** Creates a resolution, checking that no component is null. */
  public ClaimResolution {
    requireNonNull(field, "field");
    requireNonNull(understanding, "understanding");
  }

  /**
   * {@return whether the best concept reaches the confidence threshold (else the text is compared
   * as text only)}
   */
  public boolean understood() {
    return understanding.understood();
  }
}
