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
package org.chancengeber.matcher.report;

import java.util.Optional;
import org.chancengeber.matcher.model.Message;

/**
 * The kind of one reason an offer is left out for a person, read from the reason's message key (the
 * structured part of a {@link Message}; its text is only for people).
 */
public enum ExclusionCode {
  /** Not allowed to work with this residence status (beyond a short trial). */
  WORK_BAN(HurdleKind.WORK_BAN),
  /** Below the minimum or above the maximum age of the offer type. */
  AGE(HurdleKind.AGE),
  /** Fewer hours a week than the offer (type) needs. */
  HOURS(HurdleKind.HOURS),
  /** Available too late for the offer's start. */
  START_DATE(HurdleKind.START_DATE),
  /** A driving licence the offer requires. */
  DRIVING_LICENCE(HurdleKind.DRIVING_LICENCE),
  /** A school-leaving certificate the offer requires. */
  SCHOOL_CERTIFICATE(HurdleKind.SCHOOL_CERTIFICATE),
  /** A skilled job that needs a vocational qualification with no route to one. */
  QUALIFICATION_REQUIRED(HurdleKind.QUALIFICATION),
  /** A skilled job whose essential skills the person lacks, too young for a TQ. */
  SKILLS_MISSING(HurdleKind.SKILL),
  /**
   * The person's skills, experience and preferences do not fit the offer (below the minimum fit):
   * not a hurdle to lift, the offer is simply not theirs; reports leave these out.
   */
  NO_FIT(null),
  /**
   * Reachable, but later than the horizon: the hurdle is whatever the pathway's steps close (see
   * {@link ExclusionReason#hurdles()}).
   */
  BEYOND_HORIZON(null),
  /** A reason from a rule this classification does not know. */
  OTHER(HurdleKind.OTHER);

  private final HurdleKind hurdle;

  ExclusionCode(HurdleKind hurdle) {
    this.hurdle = hurdle;
  }

  /**
   * The hurdle this kind of exclusion is, when it names one itself (not {@code BEYOND_HORIZON}).
   *
   * @return the hurdle, if the code names one
   */
  public Optional<HurdleKind> hurdle() {
    return Optional.ofNullable(hurdle);
  }

  /**
   * {@return the code of an exclusion reason}
   *
   * @param reason the reason
   */
  public static ExclusionCode of(Message reason) {
    String key = reason.key();
    return switch (key) {
      case "rules.exclude.banned", "rules.exclude.banned_all" -> WORK_BAN;
      case "rules.exclude.min_age", "rules.exclude.max_age" -> AGE;
      case "rules.exclude.min_hours", "rules.exclude.hours" -> HOURS;
      case "rules.exclude.start" -> START_DATE;
      case "rules.exclude.licence" -> DRIVING_LICENCE;
      case "pathway.unreachable.horizon" -> BEYOND_HORIZON;
      case "pathway.unreachable.apprenticeship", "pathway.unreachable.regulated" ->
          QUALIFICATION_REQUIRED;
      case "pathway.unreachable.skills" -> SKILLS_MISSING;
      case "scoring.excluded.no_fit" -> NO_FIT;
      default -> key.startsWith("rules.school.") ? SCHOOL_CERTIFICATE : OTHER;
    };
  }
}
