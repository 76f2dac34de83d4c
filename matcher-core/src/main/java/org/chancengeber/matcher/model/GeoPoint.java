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
