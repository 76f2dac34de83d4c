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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class CitiesTest {
  private final Cities cities = Cities.get();

  @Test
  void table_hasSixtyCitiesWithSeedCities() {
    assertThat(cities.all()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cities.named("Kassel").orElseThrow().lat()).isCloseTo(51.31, within(0.05));
    assertThat(cities.named("Kaiserslautern").orElseThrow().lon()).isCloseTo(7.75, within(0.05));
    assertThat(cities.named("Krefeld")).isPresent();
    assertThat(cities.named("Dresden").orElseThrow().lon()).isCloseTo(13.74, within(0.05));
    assertThat(cities.named("Düsseldorf").orElseThrow().lat()).isCloseTo(51.23, within(0.05));
    assertThat(cities.all())
        .allSatisfy(
            c -> {
              assertThat(c.lat()).isBetween(47.2, 55.1);
              assertThat(c.lon()).isBetween(5.8, 15.1);
              assertThat(c.postcode()).matches("\\d{5}");
            });
  }

  @Test
  void pick_weightsByPopulation() {
    SplittableRandom r = new SplittableRandom(3);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      counts.merge(cities.pick(r).name(), 1, Integer::sum);
    }
    long total = cities.all().stream().mapToLong(Cities.City::population).sum();
    double berlin = 3755251 / (double) total;
    assertThat(counts.get("Berlin") / 20_000.0).isCloseTo(berlin, within(0.01));
    assertThat(counts.get("Berlin")).isGreaterThan(counts.get("Kassel"));
  }

  @Test
  void near_staysCloseToCentre() {
    SplittableRandom r = new SplittableRandom(5);
    Cities.City kassel = cities.named("Kassel").orElseThrow();
    for (int i = 0; i < 1000; i++) {
      var place = Cities.near(kassel, r, true);
      assertThat(
              place
                  .point()
                  .distanceKm(
                      new org.chancengeber.matcher.model.GeoPoint(kassel.lat(), kassel.lon())))
          .isLessThan(15);
      assertThat(place.postcode()).hasValue("34117");
    }
  }
}
