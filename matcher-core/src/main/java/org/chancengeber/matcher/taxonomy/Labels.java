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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A concept's names per language: one preferred label and any number of alternative labels.
 *
 * @param preferred language code → preferred label
 * @param alternatives language code → alternative labels
 */
public record Labels(Map<String, String> preferred, Map<String, List<String>> alternatives) {
  public static final Labels NONE = new Labels(Map.of(), Map.of());

  /** Creates labels, copying the maps. */
  public Labels {
    preferred = java.util.Collections.unmodifiableMap(new TreeMap<>(preferred));
    TreeMap<String, List<String>> alt = new TreeMap<>();
    alternatives.forEach((k, v) -> alt.put(k, List.copyOf(v)));
    alternatives = java.util.Collections.unmodifiableMap(alt);
  }

  /**
   * {@return the preferred label in {@code lang}, else in English, else any}
   *
   * @param lang the language, e.g. {@code de}
   */
  public String best(String lang) {
    return Optional.ofNullable(preferred.get(lang))
        .or(() -> Optional.ofNullable(preferred.get("en")))
        .or(() -> preferred.values().stream().findFirst())
        .orElse("");
  }
}
