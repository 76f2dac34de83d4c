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

import org.chancengeber.matcher.check.Checks;

/**
 * The employer behind an offer and the support it gives.
 *
 * @param mentoring a mentor or contact person for the newcomer
 * @param languageSupport German support at work or paid course time
 * @param experienceWithRefugees has employed or trained refugees before
 * @param id the employer's id
 * @param name the employer's name
 */
public record Employer(
    String id,
    String name,
    boolean mentoring,
    boolean languageSupport,
    boolean experienceWithRefugees) {
  /** Creates an employer, checking that no component is null. */
  public Employer {
    Checks.id("id", requireNonNull(id, "id"));
    requireNonNull(name, "name");
  }
}
