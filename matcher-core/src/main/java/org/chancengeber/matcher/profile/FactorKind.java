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
package org.chancengeber.matcher.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The scoring factors, each valued in [0, 1] and weighted by a {@link ScoringProfile} within its
 * {@link Group}: the {@link Group#FIT fit} factors say whether an offer is right for the person,
 * the {@link Group#LOGISTICS logistics} factors order offers of similar fit. The score is {@code
 * fit × (1 − s + s × logistics)} with {@code s} the profile's {@link
 * ScoringProfile#logisticsShare()}, so an offer the person has no fit for scores 0 however near,
 * soon and supported it is.
 */
public enum FactorKind {
  /**
   * The offer's skills, by taxonomy similarity to the person's skills; evidence does not count here
   * (it decides the pathway: a trial, an assessment).
   */
  SKILLS(Group.FIT),
  /**
   * The offer's occupation: experience, qualifications and positive trials in it or a close one,
   * and the occupations the person's skills point to when they name none.
   */
  EXPERIENCE(Group.FIT),
  /** Each required language: met, or how many CEFR steps short. */
  LANGUAGE(Group.LOGISTICS),
  /** Travel distance, relative to how far the person travels. */
  DISTANCE(Group.LOGISTICS),
  /** Months until the pathway is done, and whether that is before the offer starts. */
  TIMING(Group.LOGISTICS),
  /** Mentoring and language support, counted more for people with larger gaps. */
  SUPPORT(Group.LOGISTICS),
  /** The person's preferred occupations. */
  PREFERENCES(Group.FIT),
  /** The person's preferred offer types (job, apprenticeship, ...). */
  OFFER_TYPE(Group.LOGISTICS);

  /** What a factor says about an offer. */
  public enum Group {
    /** Whether the offer is right for the person: relevance. */
    FIT,
    /** How easy the offer is to take up: orders offers of similar fit. */
    LOGISTICS
  }

  private final Group group;

  FactorKind(Group group) {
    this.group = group;
  }

  /** {@return whether this factor is about fit or logistics} */
  public Group group() {
    return group;
  }

  /**
   * {@return stable lower-case name, as in {@code Factor.name()} and in profile JSON: {@code
   * skills}}
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the factor named {@code name} (case-insensitive), if any}
   *
   * @param name the factor's name, e.g. {@code offer_type}
   */
  public static Optional<FactorKind> named(String name) {
    for (FactorKind f : values()) {
      if (f.jsonName().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
