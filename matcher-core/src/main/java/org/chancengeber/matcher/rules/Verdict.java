package org.chancengeber.matcher.rules;

import java.util.List;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;

/**
 * What the legal rules say about one person and one offer on a date.
 *
 * @param exclusions why the offer is not possible at all (empty when it is eligible)
 * @param gaps legal gaps that a step can close (e.g. no work permit yet)
 * @param steps the steps that close those gaps (e.g. apply for a work permit, ~2 months)
 */
public record Verdict(List<Message> exclusions, List<Gap> gaps, List<PathwayStep> steps) {
  public static final Verdict ELIGIBLE = new Verdict(List.of(), List.of(), List.of());

  /** Creates a verdict, checking that no component is null and copying the lists. */
  public Verdict {
    exclusions = List.copyOf(exclusions);
    gaps = List.copyOf(gaps);
    steps = List.copyOf(steps);
  }

  /** {@return whether no rule excludes the offer} */
  public boolean eligible() {
    return exclusions.isEmpty();
  }
}
