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

import java.util.List;
import java.util.Set;

/**
 * What a person would like: occupations and offer types (empty means no preference).
 *
 * @param occupations preferred occupations
 * @param offerTypes preferred offer types
 */
public record Preferences(List<ConceptRef> occupations, Set<OfferType> offerTypes) {
  public static final Preferences NONE = new Preferences(List.of(), Set.of());

  /** Creates preferences, copying the list and the set. */
  public Preferences {
    occupations = List.copyOf(occupations);
    offerTypes = Set.copyOf(offerTypes);
  }
}
