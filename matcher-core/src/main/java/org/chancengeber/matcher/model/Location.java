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

import java.util.Optional;

/**
 * A place: coordinates plus optional postcode and city name.
 *
 * @param point the coordinates
 * @param postcode the postcode, if known
 * @param city the city, if known
 */
public record Location(GeoPoint point, Optional<String> postcode, Optional<String> city) {
  /** Creates a location, checking that no component is null. */
  public Location {
    requireNonNull(point, "point");
    requireNonNull(postcode, "postcode");
    requireNonNull(city, "city");
  }

  /**
   * {@return a location with coordinates and a city}
   *
   * @param lat latitude in degrees
   * @param lon longitude in degrees
   * @param city the city's name
   */
  public static Location of(double lat, double lon, String city) {
    return new Location(new GeoPoint(lat, lon), Optional.empty(), Optional.of(city));
  }

  /**
   * {@return great-circle distance in kilometres}
   *
   * @param other the other location
   */
  public double distanceKm(Location other) {
    return point.distanceKm(other.point);
  }
}
