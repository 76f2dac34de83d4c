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
package org.chancengeber.matcher.pathway;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Qualification;

/**
 * What the skill comparison found, as input to the pathway: computed by the scorer, turned into
 * steps by the {@link PathwayPlanner}.
 *
 * @param unprovenEssentialSkills labels of the offer's essential skills the person has only
 *     self-reported (a practical trial can prove them)
 * @param missingEssentialSkills labels of the offer's essential skills the person lacks
 * @param qualification the person's qualification for the offer's occupation (or a close one)
 * @param yearsInOccupation years of experience in the offer's occupation or a close one
 * @param positiveTrialForOccupation whether the person passed a practical trial in that occupation
 * @param essentialSkills how many essential skills the offer names (covered, unproven or missing)
 * @param occupationFit how strongly the person's experience, qualifications, trials and skills
 *     point to the offer's occupation, in [0, 1] (the experience factor): a cook's essential skills
 *     that a case worker did not record are likely there, to be shown in practice, not learnt in a
 *     TQ
 * @param occupationGroup the ISCO-08 unit group of the offer's occupation ("" when unknown): for
 *     regulated professions and the default German of care offers
 */
public record SkillNeeds(
    List<String> unprovenEssentialSkills,
    List<String> missingEssentialSkills,
    Optional<Qualification> qualification,
    double yearsInOccupation,
    boolean positiveTrialForOccupation,
    int essentialSkills,
    double occupationFit,
    String occupationGroup) {
  public static final SkillNeeds NONE =
      new SkillNeeds(List.of(), List.of(), Optional.empty(), 0, false);

  /**
   * Needs where the offer's essential skills are just the unproven and the missing ones.
   *
   * @param missingEssentialSkills labels of the offer's essential skills the person lacks
   * @param unprovenEssentialSkills labels of the offer's essential skills only self-reported
   * @param qualification the person's qualification for the offer's occupation, if any
   * @param yearsInOccupation years of experience in the occupation
   * @param positiveTrialForOccupation whether a practical trial in the occupation went well
   */
  public SkillNeeds(
      List<String> unprovenEssentialSkills,
      List<String> missingEssentialSkills,
      Optional<Qualification> qualification,
      double yearsInOccupation,
      boolean positiveTrialForOccupation) {
    this(
        unprovenEssentialSkills,
        missingEssentialSkills,
        qualification,
        yearsInOccupation,
        positiveTrialForOccupation,
        unprovenEssentialSkills.size() + missingEssentialSkills.size(),
        0,
        "");
  }

  /**
   * Needs without the offer's ISCO group.
   *
   * @param unprovenEssentialSkills labels of essential skills the person has only unproven
   * @param missingEssentialSkills labels of essential skills the person lacks
   * @param qualification the person's qualification for the occupation (or a close one)
   * @param yearsInOccupation years of experience in the occupation or a close one
   * @param positiveTrialForOccupation whether the person passed a practical trial in it
   * @param essentialSkills how many essential skills the offer names
   * @param occupationFit how strongly the person reaches the offer's occupation
   */
  public SkillNeeds(
      List<String> unprovenEssentialSkills,
      List<String> missingEssentialSkills,
      Optional<Qualification> qualification,
      double yearsInOccupation,
      boolean positiveTrialForOccupation,
      int essentialSkills,
      double occupationFit) {
    this(
        unprovenEssentialSkills,
        missingEssentialSkills,
        qualification,
        yearsInOccupation,
        positiveTrialForOccupation,
        essentialSkills,
        occupationFit,
        "");
  }

  /**
   * {@return these needs for an offer of the ISCO-08 unit group {@code group}}
   *
   * @param group the ISCO-08 unit group code
   */
  public SkillNeeds withOccupationGroup(String group) {
    return new SkillNeeds(
        unprovenEssentialSkills,
        missingEssentialSkills,
        qualification,
        yearsInOccupation,
        positiveTrialForOccupation,
        essentialSkills,
        occupationFit,
        group);
  }

  /** Creates needs, copying the lists and checking the count of essential skills and the fit. */
  public SkillNeeds {
    unprovenEssentialSkills = List.copyOf(unprovenEssentialSkills);
    missingEssentialSkills = List.copyOf(missingEssentialSkills);
    requireNonNull(qualification, "qualification");
    requireNonNull(occupationGroup, "occupationGroup");
    if (essentialSkills < unprovenEssentialSkills.size() + missingEssentialSkills.size()) {
      throw new IllegalArgumentException(
          "essentialSkills ("
              + essentialSkills
              + ") must count at least the unproven and the missing ones");
    }
    if (!(occupationFit >= 0 && occupationFit <= 1)) {
      throw new IllegalArgumentException("occupationFit (" + occupationFit + ") must be in [0, 1]");
    }
  }

  /** {@return the share of the offer's essential skills the person lacks, in [0, 1]} */
  public double missingShare() {
    return essentialSkills == 0 ? 0 : (double) missingEssentialSkills.size() / essentialSkills;
  }
}
