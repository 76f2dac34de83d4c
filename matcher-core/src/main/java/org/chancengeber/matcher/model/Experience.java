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
import org.chancengeber.matcher.check.Checks;

/**
 * Work experience in an occupation, with ISO 3166 alpha-2 country where it was gained.
 *
 * @param occupation the occupation
 * @param years years worked in it, not negative
 * @param country where it was gained, ISO 3166 alpha-2, if known
 */
public record Experience(ConceptRef occupation, double years, Optional<String> country) {
  /**
   * {@return a builder of experience in {@code occupation}, one year, country unknown}
   *
   * @param occupation the occupation
   */
  public static Builder builder(ConceptRef occupation) {
    return new Experience(occupation, 1, Optional.empty()).toBuilder();
  }

  /** {@return a builder holding these values: change some, build new experience} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds experience field by field; {@link #build()} checks the values. */
  public static final class Builder {
    private ConceptRef occupation;
    private double years;
    private Optional<String> country;

    private Builder(Experience e) {
      this.occupation = e.occupation;
      this.years = e.years;
      this.country = e.country;
    }

    /**
     * Sets the occupation.
     *
     * @param occupation the occupation
     * @return this builder
     */
    public Builder occupation(ConceptRef occupation) {
      this.occupation = occupation;
      return this;
    }

    /**
     * Sets the years worked.
     *
     * @param years the years, 0..60
     * @return this builder
     */
    public Builder years(double years) {
      this.years = years;
      return this;
    }

    /**
     * Sets where the experience was gained.
     *
     * @param country ISO 3166 alpha-2, e.g. {@code SY}
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Optional.of(country);
      return this;
    }

    /** {@return the experience} */
    public Experience build() {
      return new Experience(occupation, years, country);
    }
  }

  /** Creates experience, checking that no component is null and {@code years} is in 0..60. */
  public Experience {
    requireNonNull(occupation, "occupation");
    requireNonNull(country, "country").ifPresent(c -> Checks.countryCode("country", c));
    Checks.inRange("years", years, 0, 60);
  }
}
