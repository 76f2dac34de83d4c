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
 * One scoring factor of a match.
 *
 * @param name stable name, e.g. {@code skills}, {@code language}, {@code distance}
 * @param value the factor's value in [0, 1]
 * @param weight its weight in the scoring profile
 * @param detail why the factor has this value
 */
public record Factor(String name, double value, double weight, Message detail) {
  /** Creates a factor, checking that no component is null. */
  public Factor {
    requireNonNull(name, "name");
    requireNonNull(detail, "detail");
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("factor " + name + " value (" + value + ") not in [0, 1]");
    }
  }
}
