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

/** How a ranking is computed. */
public enum Ranking {
  /**
   * Lucene retrieval page by page, the exact scorer over each page, until the top k is proven to be
   * the exhaustive one (or the engine's retrieval limit is reached).
   */
  TWO_PHASE,
  /** The exact scorer over every eligible entry: the oracle, slow on large indexes. */
  EXHAUSTIVE
}
