package org.chancengeber.matcher.pathway;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;

/**
 * The steps from a person to an offer.
 *
 * @param readyInMonths months until every step is done (steps that run in parallel overlap)
 * @param unreachable why the offer is beyond the horizon (empty when reachable)
 */
public record Pathway(
    Readiness readiness,
    int readyInMonths,
    List<Gap> gaps,
    List<PathwayStep> steps,
    List<Message> unreachable) {
  public static final Pathway READY =
      new Pathway(Readiness.READY_NOW, 0, List.of(), List.of(), List.of());

  public Pathway {
    requireNonNull(readiness, "readiness");
    gaps = List.copyOf(gaps);
    steps = List.copyOf(steps);
    unreachable = List.copyOf(unreachable);
  }

  public boolean reachable() {
    return unreachable.isEmpty();
  }
}
