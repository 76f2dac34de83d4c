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
package org.chancengeber.matcher.io;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Location;

/** Parts that candidates and vacancies share: location, ids, language codes. */
final class Shapes {
  static final Set<String> LOCATION = Set.of("lat", "lon", "postcode", "city");

  private Shapes() {}

  /** {@code {"lat", "lon", "postcode"?, "city"?}} with coordinates in range. */
  static Optional<Location> location(Fields parent, String name, boolean required) {
    Optional<Fields> f = parent.object(name, required, LOCATION);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Fields loc = f.get();
    OptionalDouble lat = loc.number("lat", true, -90, 90);
    OptionalDouble lon = loc.number("lon", true, -180, 180);
    Optional<String> postcode = loc.text("postcode", false);
    Optional<String> city = loc.text("city", false);
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Location(new GeoPoint(lat.getAsDouble(), lon.getAsDouble()), postcode, city));
  }

  /** The record's {@code id}. */
  static Optional<String> id(Fields f) {
    return f.matching("id", true, Fields.ID, Fields.ID_EXPECTED);
  }

  /** A language code, reported when {@code seen} has it already. */
  static Optional<String> languageCode(Fields f, Set<String> seen) {
    Optional<String> code = f.matching("code", true, Fields.LANG, Fields.LANG_EXPECTED);
    if (code.isPresent() && !seen.add(code.get())) {
      f.problems().invalid(f.at("code"), Values.quote(code.get()), "listed twice");
      return Optional.empty();
    }
    return code;
  }

  static Set<String> seen() {
    return new HashSet<>();
  }
}
