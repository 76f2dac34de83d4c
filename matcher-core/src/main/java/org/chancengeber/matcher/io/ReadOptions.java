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
package org.chancengeber.matcher.io;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * How a file is read.
 *
 * @param limits limits against hostile input
 * @param taxonomy when present, concept ids that it does not know are reported as warnings
 * @param clock gives "today" for date-relative checks (the birth year's plausible range); inject a
 *     fixed clock for deterministic results
 */
public record ReadOptions(ReadLimits limits, Optional<Taxonomy> taxonomy, Clock clock) {

  /** Default limits, no taxonomy, the system clock in UTC. */
  public static final ReadOptions DEFAULTS =
      new ReadOptions(ReadLimits.DEFAULTS, Optional.empty(), Clock.systemUTC());

  /** Creates options, checking that no component is null. */
  public ReadOptions {
    requireNonNull(limits, "limits");
    requireNonNull(taxonomy, "taxonomy");
    requireNonNull(clock, "clock");
  }

  /**
   * {@return these options with other limits}
   *
   * @param newLimits the limits
   */
  public ReadOptions withLimits(ReadLimits newLimits) {
    return new ReadOptions(newLimits, taxonomy, clock);
  }

  /**
   * Checks concept ids against {@code newTaxonomy} (unknown ids become warnings).
   *
   * @param newTaxonomy the taxonomy to check ids against
   * @return these options with that taxonomy
   */
  public ReadOptions withTaxonomy(Taxonomy newTaxonomy) {
    return new ReadOptions(limits, Optional.of(newTaxonomy), clock);
  }

  /**
   * {@return these options with another clock (what "today" is for date checks)}
   *
   * @param newClock the clock
   */
  public ReadOptions withClock(Clock newClock) {
    return new ReadOptions(limits, taxonomy, newClock);
  }

  /**
   * Reads as if today were {@code date} (a fixed clock at its start, UTC).
   *
   * @param date the date
   * @return these options with a fixed clock at {@code date}
   */
  public ReadOptions withToday(LocalDate date) {
    return withClock(Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  /**
   * Today's date by {@link #clock()}.
   *
   * @return today's date
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
