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

/**
 * An occupation→skill relation: the skill is essential or optional for the occupation.
 *
 * @param occupationUri the occupation's URI
 * @param skillUri the skill's URI
 * @param essential whether the skill is essential rather than optional
 */
public record OccupationSkill(String occupationUri, String skillUri, boolean essential) {
  /** Creates a relation, checking that no component is null. */
  public OccupationSkill {
    requireNonNull(occupationUri, "occupationUri");
    requireNonNull(skillUri, "skillUri");
  }
}
