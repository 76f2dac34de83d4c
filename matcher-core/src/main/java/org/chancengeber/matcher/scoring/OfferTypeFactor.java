package org.chancengeber.matcher.scoring;

import static org.chancengeber.matcher.scoring.Explained.node;

import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * The person's preferred offer types: 1 for a preferred type, 0 for another, {@link
 * MatchScorer#NEUTRAL} without preferred types. A logistics factor: wanting an apprenticeship does
 * not make an unrelated one fit.
 */
final class OfferTypeFactor implements ScoreFactor {
  @Override
  public FactorKind kind() {
    return FactorKind.OFFER_TYPE;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    return pc.preferredTypes.isEmpty()
        ? MatchScorer.NEUTRAL
        : pc.preferredTypes.contains(pv.vacancy.type()) ? 1 : 0;
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    OfferType type = pv.vacancy.type();
    Explanation line;
    if (pc.preferredTypes.isEmpty()) {
      line = node(value, "scoring.preferences.type.none");
    } else {
      boolean wanted = pc.preferredTypes.contains(type);
      line = node(value, "scoring.preferences.type." + (wanted ? "wanted" : "other"), type);
    }
    return new Explained(line.description(), List.of(line));
  }
}
