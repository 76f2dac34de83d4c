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

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.WorkPermission;
import org.chancengeber.matcher.rules.RuleData.Action;
import org.chancengeber.matcher.rules.RuleData.EmploymentToleration;
import org.chancengeber.matcher.rules.RuleData.ExpiryRule;
import org.chancengeber.matcher.rules.RuleData.LicenceRule;
import org.chancengeber.matcher.rules.RuleData.SchoolRule;
import org.chancengeber.matcher.rules.RuleData.StatusRule;
import org.chancengeber.matcher.rules.RuleData.TrainingToleration;
import org.chancengeber.matcher.rules.RuleData.TypeRule;
import org.chancengeber.matcher.rules.RuleData.WorkPermitRule;

/** Turns a parsed rule file into {@link RuleData}, checking every field on the way. */
final class RuleReader {
  private static final int MAX_MONTHS = 600;
  private static final int MAX_WEEKS = 520;

  private RuleReader() {}

  static RuleData read(DataNode root) {
    Map<String, DataNode> f =
        root.fields(
            Set.of(
                "name",
                "description",
                "statuses",
                "offerTypes",
                "workPermit",
                "permitExpiry",
                "drivingLicence",
                "hours",
                "startDate",
                "schoolCertificate"));
    String name = root.required("name").asText();
    if (f.containsKey("description")) {
      f.get("description").asText();
    }
    DataNode start = root.required("startDate");
    start.fields(Set.of("toleranceDays"));
    DataNode hours = root.required("hours");
    hours.fields(Set.of("action"));
    return new RuleData(
        name,
        statuses(root.required("statuses")),
        offerTypes(root.required("offerTypes")),
        workPermit(root.required("workPermit")),
        expiry(root.required("permitExpiry")),
        licence(root.required("drivingLicence")),
        hours.required("action").asEnum(Action.class),
        start.required("toleranceDays").asInt(0, 3650),
        school(root.required("schoolCertificate")));
  }

  private static Map<ResidenceStatus, StatusRule> statuses(DataNode node) {
    EnumMap<ResidenceStatus, StatusRule> map = new EnumMap<>(ResidenceStatus.class);
    for (Map.Entry<String, DataNode> e : node.entries().entrySet()) {
      ResidenceStatus s = DataNode.parseEnum(ResidenceStatus.class, e.getKey(), e.getValue());
      map.put(s, status(e.getValue()));
    }
    for (ResidenceStatus s : ResidenceStatus.values()) {
      if (!map.containsKey(s)) {
        throw node.error("missing entry for residence status " + s);
      }
    }
    return map;
  }

  private static StatusRule status(DataNode n) {
    n.fields(
        Set.of(
            "workPermission",
            "allowedTypes",
            "bannedForFirstMonths",
            "renewable",
            "trainingToleration",
            "employmentToleration",
            "source"));
    n.optional("source").ifPresent(DataNode::asText);
    return new StatusRule(
        n.required("workPermission").asEnum(WorkPermission.class),
        n.optional("allowedTypes").map(RuleReader::types).orElse(Set.of()),
        n.optional("bannedForFirstMonths").map(x -> x.asInt(0, MAX_MONTHS)).orElse(0),
        n.optional("renewable").map(DataNode::asBoolean).orElse(true),
        n.optional("trainingToleration").map(RuleReader::training),
        n.optional("employmentToleration").map(RuleReader::employment));
  }

  private static TrainingToleration training(DataNode n) {
    n.fields(Set.of("types", "minMonthsOfDuldung", "identityClarified"));
    return new TrainingToleration(
        types(n.required("types")),
        n.required("minMonthsOfDuldung").asInt(0, MAX_MONTHS),
        n.required("identityClarified").asBoolean());
  }

  private static EmploymentToleration employment(DataNode n) {
    n.fields(Set.of("types", "priorWorkMonths", "minHoursPerWeek", "enteredBy"));
    return new EmploymentToleration(
        types(n.required("types")),
        n.required("priorWorkMonths").asInt(0, MAX_MONTHS),
        n.required("minHoursPerWeek").asInt(0, 168),
        n.required("enteredBy").asDate());
  }

  private static Set<OfferType> types(DataNode n) {
    EnumSet<OfferType> set = EnumSet.noneOf(OfferType.class);
    for (DataNode item : n.items()) {
      set.add(item.asEnum(OfferType.class));
    }
    return Set.copyOf(set);
  }

  private static Map<OfferType, TypeRule> offerTypes(DataNode node) {
    EnumMap<OfferType, TypeRule> map = new EnumMap<>(OfferType.class);
    for (Map.Entry<String, DataNode> e : node.entries().entrySet()) {
      OfferType t = DataNode.parseEnum(OfferType.class, e.getKey(), e.getValue());
      map.put(t, type(e.getValue()));
    }
    for (OfferType t : OfferType.values()) {
      if (!map.containsKey(t)) {
        throw node.error("missing entry for offer type " + t);
      }
    }
    return map;
  }

  private static TypeRule type(DataNode n) {
    n.fields(
        Set.of(
            "defaultMonths",
            "baApproval",
            "permitFreeUpToWeeks",
            "permissionOnlyUpToWeeks",
            "minHoursPerWeek",
            "minAge",
            "maxAge",
            "priorityBelowAge",
            "source"));
    n.optional("source").ifPresent(DataNode::asText);
    int permitFree = optInt(n, "permitFreeUpToWeeks", MAX_WEEKS).orElse(0);
    int permissionOnly = optInt(n, "permissionOnlyUpToWeeks", MAX_WEEKS).orElse(0);
    if (permissionOnly != 0 && permissionOnly < permitFree) {
      throw n.required("permissionOnlyUpToWeeks")
          .error(
              permissionOnly
                  + " must not be below permitFreeUpToWeeks ("
                  + permitFree
                  + "): a permit-free offer needs no permission either");
    }
    OptionalInt minAge = optInt(n, "minAge", 120);
    OptionalInt maxAge = optInt(n, "maxAge", 120);
    if (minAge.isPresent() && maxAge.isPresent() && maxAge.getAsInt() < minAge.getAsInt()) {
      throw n.required("maxAge")
          .error(maxAge.getAsInt() + " is below minAge (" + minAge.getAsInt() + ")");
    }
    return new TypeRule(
        optInt(n, "defaultMonths", MAX_MONTHS),
        n.required("baApproval").asBoolean(),
        permitFree,
        permissionOnly,
        optInt(n, "minHoursPerWeek", 168),
        minAge,
        maxAge,
        optInt(n, "priorityBelowAge", 120));
  }

  private static WorkPermitRule workPermit(DataNode n) {
    n.fields(
        Set.of("monthsWithApproval", "monthsWithoutApproval", "approvalFreeAfterMonths", "source"));
    n.optional("source").ifPresent(DataNode::asText);
    return new WorkPermitRule(
        n.required("monthsWithApproval").asInt(0, MAX_MONTHS),
        n.required("monthsWithoutApproval").asInt(0, MAX_MONTHS),
        n.required("approvalFreeAfterMonths").asInt(0, MAX_MONTHS));
  }

  private static ExpiryRule expiry(DataNode n) {
    n.fields(Set.of("openEndedOfferMonths", "extensionMonths", "expiredMonths", "source"));
    n.optional("source").ifPresent(DataNode::asText);
    int extension = n.required("extensionMonths").asInt(0, MAX_MONTHS);
    return new ExpiryRule(
        n.required("openEndedOfferMonths").asInt(0, MAX_MONTHS),
        extension,
        optInt(n, "expiredMonths", MAX_MONTHS).orElse(extension));
  }

  private static LicenceRule licence(DataNode n) {
    n.fields(Set.of("action", "months", "monthsByClass"));
    EnumMap<DrivingLicence, Integer> byClass = new EnumMap<>(DrivingLicence.class);
    Optional<DataNode> classes = n.optional("monthsByClass");
    if (classes.isPresent()) {
      for (Map.Entry<String, DataNode> e : classes.get().entries().entrySet()) {
        byClass.put(
            DataNode.parseEnum(DrivingLicence.class, e.getKey(), e.getValue()),
            e.getValue().asInt(0, MAX_MONTHS));
      }
    }
    return new LicenceRule(
        n.required("action").asEnum(Action.class),
        n.required("months").asInt(0, MAX_MONTHS),
        byClass);
  }

  private static SchoolRule school(DataNode n) {
    n.fields(Set.of("action", "months"));
    return new SchoolRule(
        n.required("action").asEnum(Action.class), n.required("months").asInt(0, MAX_MONTHS));
  }

  private static OptionalInt optInt(DataNode n, String field, int max) {
    Optional<DataNode> v = n.optional(field);
    return v.isPresent() ? OptionalInt.of(v.get().asInt(0, max)) : OptionalInt.empty();
  }
}
