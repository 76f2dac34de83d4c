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
package org.chancengeber.matcher.index;

/**
 * Concept ids with the weight of each in a phase-one query, plus the weight of the "names none"
 * term (offers without skills or occupation, people without a preference).
 *
 * @param ids concept ids
 * @param weights one weight per id; zero or less leaves the id out
 * @param noneWeight weight of the term for entries that name no concept of this kind
 */
public record WeightedTerms(int[] ids, float[] weights, float noneWeight) {
  public WeightedTerms {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          "one weight per id: " + ids.length + " ids, " + weights.length + " weights");
    }
  }

  /** No terms. */
  public static WeightedTerms none() {
    return new WeightedTerms(new int[0], new float[0], 0);
  }
}
