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

import org.chancengeber.matcher.check.Checks;

/**
 * WGS84 coordinates in degrees.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record GeoPoint(double lat, double lon) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Creates a point, checking the ranges. */
  public GeoPoint {
    Checks.inRange("lat", lat, -90, 90);
    Checks.inRange("lon", lon, -180, 180);
  }

  /**
   * {@return great-circle (haversine) distance in kilometres}
   *
   * @param other the other point
   */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
