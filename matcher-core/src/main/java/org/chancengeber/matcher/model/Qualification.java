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
 * A vocational or academic qualification for an occupation.
 *
 * @param documents whether the person holds documents proving it
 * @param occupation the occupation it qualifies for
 * @param recognition how far it is recognised in Germany
 */
public record Qualification(ConceptRef occupation, Recognition recognition, boolean documents) {
  /** Creates a qualification, checking that no component is null. */
  public Qualification {
    requireNonNull(occupation, "occupation");
    requireNonNull(recognition, "recognition");
  }
}
