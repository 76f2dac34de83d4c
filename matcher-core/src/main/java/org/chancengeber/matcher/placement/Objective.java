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
package org.chancengeber.matcher.placement;

/** What an optimal placement maximises. */
public enum Objective {
  /** The sum of the placed people's scores (ties: more people placed). */
  TOTAL,
  /**
   * First the number of people placed, then the score of the worst-off placed person, then the sum
   * of scores: nobody is left out to give someone else a slightly better offer.
   */
  FAIR
}
