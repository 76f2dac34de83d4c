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

import java.util.Arrays;

/**
 * One ranking's memo of {@link OccupationProfiles.Profile#coverage}: how much of an occupation's
 * profile the person covers is the same for every offer of that occupation, so it is worked out
 * once per person and occupation instead of once per offer. Remembers one person at a time (the
 * person of a ranking of offers; for a ranking of people each pair is a new person). Not
 * thread-safe: one per ranking.
 */
final class ProfileCoverage {
  private PreparedCandidate person;
  private int firstOccupation = -1;
  private double firstValue;
  private IntSlots slots;
  private double[] values;

  /** The person's coverage of occupation {@code occupation}'s profile {@code profile}. */
  double of(PreparedCandidate pc, int occupation, OccupationProfiles.Profile profile) {
    if (pc != person) {
      person = pc;
      slots = null;
      firstOccupation = occupation;
      firstValue = profile.coverage(pc);
      return firstValue;
    }
    if (occupation == firstOccupation) {
      return firstValue;
    }
    if (slots == null) {
      slots = new IntSlots(64);
      values = new double[64];
    }
    int slot = slots.get(occupation);
    if (slot >= 0) {
      return values[slot];
    }
    double c = profile.coverage(pc);
    slot = slots.put(occupation);
    if (slot >= values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[slot] = c;
    return c;
  }
}
