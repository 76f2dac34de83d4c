package org.chancengeber.matcher.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;

/**
 * The exact scorer's answer for one person and one offer: the match, or the reasons there is none
 * (not live, too far, excluded by the rules, or a pathway beyond the horizon).
 */
public record Evaluation(Optional<Match> match, List<Message> exclusions) {
  public Evaluation {
    requireNonNull(match, "match");
    exclusions = List.copyOf(exclusions);
    if (match.isPresent() == !exclusions.isEmpty()) {
      throw new IllegalArgumentException("an evaluation has either a match or exclusions");
    }
  }
}
