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
 * A skill, competence or knowledge concept.
 *
 * @param uri ESCO concept URI
 * @param reuseLevel ESCO reuse level (e.g. {@code sector-specific}), empty string when unknown
 * @param type skill or knowledge
 * @param labels the labels by language
 */
public record Skill(String uri, SkillType type, String reuseLevel, Labels labels) {
  /** Creates a skill, checking that no component is null. */
  public Skill {
    requireNonNull(uri, "uri");
    requireNonNull(type, "type");
    requireNonNull(reuseLevel, "reuseLevel");
    requireNonNull(labels, "labels");
  }
}
