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
package org.chancengeber.matcher.scoring;

/**
 * Great-circle distance on the hot path: haversine with the cosine of each latitude precomputed and
 * a series for the arcsine, same earth radius as {@link org.chancengeber.matcher.model.GeoPoint}.
 * Agrees with {@code GeoPoint.distanceKm} to well below a metre over the distances people travel to
 * work.
 */
final class Geo {
  static final double EARTH_RADIUS_KM = 6371.0088;

  private Geo() {}

  /** Latitude difference in km: a lower bound of the great-circle distance. */
  static double latitudeKm(double latRad1, double latRad2) {
    return Math.abs(latRad1 - latRad2) * EARTH_RADIUS_KM;
  }

  static double km(
      double latRad1,
      double lonRad1,
      double cosLat1,
      double latRad2,
      double lonRad2,
      double cosLat2) {
    double sLat = Math.sin((latRad2 - latRad1) / 2);
    double sLon = Math.sin((lonRad2 - lonRad1) / 2);
    double a = sLat * sLat + cosLat1 * cosLat2 * sLon * sLon;
    double x = Math.sqrt(Math.min(1, a));
    double arc = x < 0.2 ? asinSeries(x) : Math.asin(x);
    return 2 * EARTH_RADIUS_KM * arc;
  }

  /** asin for small x: x + x³/6 + 3x⁵/40 + 5x⁷/112 + 35x⁹/1152, error below 1e-9 for x < 0.2. */
  private static double asinSeries(double x) {
    double x2 = x * x;
    return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112 + x2 * (35.0 / 1152)))));
  }
}
