package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A place: coordinates plus optional postcode and city name. */
public record Location(GeoPoint point, Optional<String> postcode, Optional<String> city) {
  public Location {
    requireNonNull(point, "point");
    requireNonNull(postcode, "postcode");
    requireNonNull(city, "city");
  }

  public static Location of(double lat, double lon, String city) {
    return new Location(new GeoPoint(lat, lon), Optional.empty(), Optional.of(city));
  }

  public double distanceKm(Location other) {
    return point.distanceKm(other.point);
  }
}
