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

/**
 * One step of a pathway, with its duration in whole months and the month it starts in, counted from
 * today (0: at once). Steps with the same start run side by side; a step that starts when another
 * ends follows it, so a pathway can be drawn as a timeline and its {@code readyInMonths} is the
 * latest {@link #endMonth()}.
 *
 * @param step what kind of step
 * @param detail the step in plain language
 * @param months how long it takes, whole months
 * @param startMonth the month it starts in, counted from today (0: at once)
 */
public record PathwayStep(StepKind step, Message detail, int months, int startMonth) {
  /**
   * Creates a step, checking that no component is null and {@code months} and {@code startMonth}
   * are not negative.
   */
  public PathwayStep {
    requireNonNull(step, "step");
    requireNonNull(detail, "detail");
    if (months < 0) {
      throw new IllegalArgumentException("months (" + months + ") must not be negative");
    }
    if (startMonth < 0) {
      throw new IllegalArgumentException("startMonth (" + startMonth + ") must not be negative");
    }
  }

  /**
   * A step that starts at once.
   *
   * @param step what kind of step
   * @param detail the step in plain language
   * @param months how long it takes, whole months
   */
  public PathwayStep(StepKind step, Message detail, int months) {
    this(step, detail, months, 0);
  }

  /** {@return the month the step ends in: its start plus its months} */
  public int endMonth() {
    return startMonth + months;
  }

  /**
   * {@return this step starting in {@code month}}
   *
   * @param month the month it starts in, counted from today
   */
  public PathwayStep startingIn(int month) {
    return month == startMonth ? this : new PathwayStep(step, detail, months, month);
  }
}
