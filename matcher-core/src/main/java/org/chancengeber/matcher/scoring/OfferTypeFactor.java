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
    return value(pc, pv.type);
  }

  /** The factor's value for an offer of {@code type}: it depends on nothing else. */
  static double value(PreparedCandidate pc, OfferType type) {
    return pc.preferredTypes.isEmpty()
        ? MatchScorer.NEUTRAL
        : pc.preferredTypes.contains(type) ? 1 : 0;
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
