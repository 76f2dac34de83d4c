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
package org.chancengeber.matcher.scoring;

/** How a concept a person has relates to the concept an offer asks for. */
enum Relation {
  SAME,
  BROADER,
  NARROWER,
  RELATED,
  SAME_GROUP;

  /**
   * The same relation seen from the other concept: if the neighbour is broader than the claim, the
   * claim is narrower than the neighbour.
   */
  Relation inverse() {
    return switch (this) {
      case BROADER -> NARROWER;
      case NARROWER -> BROADER;
      default -> this;
    };
  }

  /** Message key of "matched by own skill ..." for this relation: {@code scoring.skills.same}. */
  String key() {
    return "scoring.skills." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
