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

import java.util.List;

/**
 * Why an offer is not eligible for a person: the rules that excluded it, in plain language.
 *
 * @param candidate the person's id
 * @param vacancy the offer's id
 * @param reasons why the offer is left out
 */
public record Exclusion(String candidate, String vacancy, List<Message> reasons) {
  /** Creates an exclusion, checking that no component is null and copying the reasons. */
  public Exclusion {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an exclusion needs at least one reason");
    }
  }
}
