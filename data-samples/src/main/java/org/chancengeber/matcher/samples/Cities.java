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
package org.chancengeber.matcher.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Location;

/** German cities with real coordinates and populations; picks places weighted by population. */
final class Cities {
  /** One city: centre coordinates, population and a central postcode. */
  record City(String name, double lat, double lon, int population, String postcode) {}

  private static final String RESOURCE = "/org/chancengeber/matcher/samples/cities.csv";
  private static final Cities INSTANCE = load();

  private final List<City> cities;
  private final long[] cumulative;

  private Cities(List<City> cities) {
    this.cities = List.copyOf(cities);
    this.cumulative = new long[cities.size()];
    long sum = 0;
    for (int i = 0; i < cities.size(); i++) {
      sum += cities.get(i).population();
      cumulative[i] = sum;
    }
  }

  static Cities get() {
    return INSTANCE;
  }

  List<City> all() {
    return cities;
  }

  Optional<City> named(String name) {
    return cities.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** A city drawn with probability proportional to its population. */
  City pick(SplittableRandom random) {
    long r = random.nextLong(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return cities.get(lo);
  }

  /**
   * A point in or around {@code city}: normally distributed around the centre, wider for larger
   * cities (about 2 km for a town of 100,000, at most about 8 km), rounded to 4 decimals (~10 m).
   */
  static Location near(City city, SplittableRandom random, boolean withPostcode) {
    double spreadKm = Math.min(8.0, 2.0 * Math.sqrt(city.population() / 100_000.0));
    double dLat = gaussian(random) * spreadKm / 111.2;
    double dLon = gaussian(random) * spreadKm / (111.2 * Math.cos(Math.toRadians(city.lat())));
    double lat = Math.round((city.lat() + dLat) * 10_000) / 10_000.0;
    double lon = Math.round((city.lon() + dLon) * 10_000) / 10_000.0;
    return new Location(
        new GeoPoint(lat, lon),
        withPostcode ? Optional.of(city.postcode()) : Optional.empty(),
        Optional.of(city.name()));
  }

  /** Standard normal deviate (Box–Muller), clipped to ±3 so that no point strays far. */
  static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(-3, Math.min(3, z));
  }

  private static Cities load() {
    InputStream in = Cities.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<City> list = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != 5) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected 5 fields: " + line);
        }
        list.add(
            new City(
                f[0],
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Integer.parseInt(f[3]),
                f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Cities(list);
  }
}
