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

import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * Travel distance: {@code p / (p + km)} with {@code p} the person's pivot ({@link
 * ScoringProfile#distancePivotShare()} of how far they travel): 1 on the doorstep, ½ at the pivot.
 * A logistics factor.
 */
final class DistanceFactor implements ScoreFactor {
  @Override
  public FactorKind kind() {
    return FactorKind.DISTANCE;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    return pc.pivotKm / (pc.pivotKm + pair.km());
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    double km = pair.km();
    Message m =
        Message.of(
            "scoring.distance",
            Format.one(km),
            Format.whole(pc.candidate.maxTravelKm()),
            Format.one(pc.pivotKm));
    return new Explained(m, List.of(new Explanation(value, m, List.of())));
  }
}
