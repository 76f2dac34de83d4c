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
import java.util.Map;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * The person's preferred occupations: the taxonomy similarity of the offer's occupation to the
 * closest of them; 0 without preferences (having none says nothing about this offer).
 *
 * <p>Phase one: shares the occupation term with {@link ExperienceFactor}, each preferred occupation
 * weighted by the factor's weight × its value.
 */
final class PreferencesFactor implements ScoreFactor {
  @Override
  public FactorKind kind() {
    return FactorKind.PREFERENCES;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    return PreparedCandidate.valueAt(pc.prefSlots, pc.prefValue, pv.occupation);
  }

  /** Phase one, offers for a person: adds the preferred occupations, weight × value. */
  static void offerTerms(PreparedCandidate pc, float weight, Map<Integer, Float> terms) {
    for (int i = 0; i < pc.preferredOccupationCount(); i++) {
      terms.merge(pc.preferredOccupationId(i), weight * pc.preferredOccupationValue(i), Float::sum);
    }
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    Explanation line;
    if (pc.preferredOccupations == 0) {
      line = node(0, "scoring.preferences.occupation.none");
    } else {
      line =
          value > 0
              ? node(
                  value,
                  "scoring.preferences.occupation.wanted",
                  pv.occupationLabel,
                  Format.two(value))
              : node(0, "scoring.preferences.occupation.other");
    }
    return new Explained(line.description(), List.of(line));
  }
}
