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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.WorkPermission;

/** The parsed content of a rule file, one record per section (see {@code package-info}). */
record RuleData(
    String name,
    Map<ResidenceStatus, StatusRule> statuses,
    Map<OfferType, TypeRule> offerTypes,
    WorkPermitRule workPermit,
    ExpiryRule permitExpiry,
    LicenceRule drivingLicence,
    Action hours,
    int startToleranceDays,
    SchoolRule schoolCertificate) {

  /** What a failed requirement does to an offer. */
  enum Action {
    /** The offer is not eligible. */
    EXCLUDE,
    /**
     * The offer stays eligible; the shortfall is reported as a gap (with a step where one exists).
     */
    GAP
  }

  record StatusRule(
      WorkPermission workPermission,
      Set<OfferType> allowedTypes,
      int bannedForFirstMonths,
      boolean renewable,
      Optional<TrainingToleration> trainingToleration,
      Optional<EmploymentToleration> employmentToleration) {}

  /**
   * §60c Ausbildungsduldung: for these offer types, after months of Duldung, identity clarified.
   */
  record TrainingToleration(
      Set<OfferType> types, int minMonthsOfDuldung, boolean identityClarified) {}

  /** §60d Beschäftigungsduldung: prior work in Germany, hours, entry before a date. */
  record EmploymentToleration(
      Set<OfferType> types, int priorWorkMonths, int minHoursPerWeek, LocalDate enteredBy) {}

  /**
   * @param defaultMonths duration assumed when the offer gives none; empty: open-ended
   * @param permitFreeUpToWeeks offers up to this length need no permit at all, even under a work
   *     ban (MAG, §45 SGB III); 0: none
   * @param permissionOnlyUpToWeeks offers up to this length need only the immigration office's
   *     permission, no work-permit step; 0: none
   */
  record TypeRule(
      OptionalInt defaultMonths,
      boolean baApproval,
      int permitFreeUpToWeeks,
      int permissionOnlyUpToWeeks,
      OptionalInt minHoursPerWeek,
      OptionalInt minAge,
      OptionalInt maxAge,
      OptionalInt priorityBelowAge) {}

  record WorkPermitRule(
      int monthsWithApproval, int monthsWithoutApproval, int approvalFreeAfterMonths) {}

  record ExpiryRule(int openEndedOfferMonths, int extensionMonths, int expiredMonths) {}

  record LicenceRule(Action action, int months, EnumMap<DrivingLicence, Integer> monthsByClass) {
    int monthsFor(DrivingLicence licence) {
      Integer m = monthsByClass.get(licence);
      return m == null ? months : m;
    }
  }

  record SchoolRule(Action action, int months) {}
}
