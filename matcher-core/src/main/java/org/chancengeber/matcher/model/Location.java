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
