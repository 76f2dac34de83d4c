package org.chancengeber.matcher;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;

/**
 * The full answer for one person and one offer: the match when the offer is eligible, otherwise the
 * reasons it is not.
 */
public record Assessment(
    String candidate, String vacancy, Optional<Match> match, List<Message> exclusions) {
  public Assessment {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(match, "match");
    exclusions = List.copyOf(exclusions);
  }

  public boolean eligible() {
    return match.isPresent();
  }
}
