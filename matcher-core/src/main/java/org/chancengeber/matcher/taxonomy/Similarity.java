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

/**
 * How close two concepts are, in [0, 1]: 1 for the same concept, 0 for unrelated ones. Thread-safe;
 * fast enough to call in the ranking hot path.
 */
public interface Similarity {

  /**
   * {@return similarity of two skills (same, broader/narrower, same group, related)}
   *
   * @param skillUriA one skill's URI
   * @param skillUriB the other's
   */
  double skills(String skillUriA, String skillUriB);

  /**
   * {@return similarity of two occupations (same, same ISCO unit group, overlap of essential
   * skills)}
   *
   * @param occupationUriA one occupation's URI
   * @param occupationUriB the other's
   */
  double occupations(String occupationUriA, String occupationUriB);
}
