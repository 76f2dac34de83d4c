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
package org.chancengeber.matcher.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;

/** People and offers for rule and pathway tests; everything relative to {@link #TODAY}. */
public final class RuleFixtures {
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  public static final Location KASSEL = Location.of(51.3127, 9.4797, "Kassel");
  public static final Employer EMPLOYER =
      new Employer("e-1", "Restaurant Aleppo", true, false, true);

  private RuleFixtures() {}

  /** A residence with the status held for two years, identity clarified, no end date. */
  public static Residence residence(ResidenceStatus status) {
    return new Residence(
        status, Optional.of(TODAY.minusYears(2)), Optional.empty(), Optional.empty(), true);
  }

  public static Residence residence(
      ResidenceStatus status,
      LocalDate since,
      Optional<LocalDate> validUntil,
      Optional<WorkPermission> permission,
      boolean identityClarified) {
    return new Residence(status, Optional.of(since), validUntil, permission, identityClarified);
  }

  /** A 30-year-old with the given status held for two years. */
  public static Candidate.Builder person(ResidenceStatus status) {
    return person(residence(status)).birthYear(TODAY.getYear() - 30);
  }

  public static Candidate.Builder person(Residence residence) {
    return Candidate.builder("c-1", KASSEL, residence);
  }

  public static Vacancy.Builder offer(OfferType type) {
    return Vacancy.builder("v-1", EMPLOYER, type, KASSEL).title(type.name());
  }
}
