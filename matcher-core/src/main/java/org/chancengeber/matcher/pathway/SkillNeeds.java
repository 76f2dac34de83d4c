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
 */
public record SkillNeeds(
    List<String> unprovenEssentialSkills,
    List<String> missingEssentialSkills,
    Optional<Qualification> qualification,
    double yearsInOccupation,
    boolean positiveTrialForOccupation) {
  public static final SkillNeeds NONE =
      new SkillNeeds(List.of(), List.of(), Optional.empty(), 0, false);

  public SkillNeeds {
    unprovenEssentialSkills = List.copyOf(unprovenEssentialSkills);
    missingEssentialSkills = List.copyOf(missingEssentialSkills);
    requireNonNull(qualification, "qualification");
  }
}
