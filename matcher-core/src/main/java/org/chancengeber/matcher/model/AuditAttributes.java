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

import java.util.Map;
import java.util.TreeMap;

/**
 * Protected attributes (gender, nationality, ...) kept for fairness reports only.
 *
 * <p>This type is deliberately not reachable from {@link Candidate}: the scoring code receives a
 * {@code Candidate} and so has no path to these values. Only {@link CandidateRecord} pairs the two.
 *
 * @param values attribute name to value, e.g. {@code gender} to {@code female}
 */
public record AuditAttributes(Map<String, String> values) {
  public static final AuditAttributes NONE = new AuditAttributes(Map.of());

  /** Creates the attributes, copying the map. */
  public AuditAttributes {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
