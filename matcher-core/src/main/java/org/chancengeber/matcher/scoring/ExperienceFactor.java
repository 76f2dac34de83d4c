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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;

/**
 * The offer's occupation: how strongly the person's experience, qualifications, positive trials and
 * the occupations their skills point to ({@link OccupationInference}) reach it through the
 * taxonomy, combined as {@code 1 − ∏(1 − similarity × strength)} when the person is prepared (the
 * occupations inferred from skills are alternative guesses: only the best of them counts, and a
 * guess's taxonomy neighbour counts its similarity × {@link
 * ScoringProfile#inferredNeighbourWeight()}). An offer naming no occupation gives 0.
 *
 * <p>Phase one: each occupation the person reaches is a term weighted by the factor's weight × its
 * value; an offer's occupation feature is 1. For people for an offer, the offer's occupation is the
 * term and a person's feature is their value.
 */
final class ExperienceFactor implements ScoreFactor {
  private final Concepts concepts;
  private final ScoringProfile profile;

  ExperienceFactor(Concepts concepts, ScoringProfile profile) {
    this.concepts = concepts;
    this.profile = profile;
  }

  /**
   * What an occupation inferred from skills gives an occupation it reaches, given {@code value} =
   * similarity × the guess's strength (or the similarity alone): all of it for the occupation
   * itself, else {@link ScoringProfile#inferredNeighbourWeight()} of it. The value and the
   * explanation both ask this.
   */
  static double inferred(ScoringProfile profile, boolean itself, double value) {
    return itself ? value : profile.inferredNeighbourWeight() * value;
  }

  @Override
  public FactorKind kind() {
    return FactorKind.EXPERIENCE;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    return of(pc, pv);
  }

  /** The value, for the pathway's skill needs as well. */
  static double of(PreparedCandidate pc, PreparedVacancy pv) {
    return PreparedCandidate.valueAt(pc.occSlots, pc.occValue, pv.occupation);
  }

  /** Phase one, offers for a person: adds the person's occupation terms, weight × value. */
  static void offerTerms(PreparedCandidate pc, float weight, Map<Integer, Float> terms) {
    for (int i = 0; i < pc.occupationCount(); i++) {
      terms.merge(pc.occupationId(i), weight * pc.occupationValue(i), Float::sum);
    }
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    List<Explanation> details = new ArrayList<>();
    if (pv.occupation < 0) {
      Message m = Message.of("scoring.experience.no_occupation");
      details.add(new Explanation(0, m, List.of()));
      return new Explained(m, details);
    }
    Message best = Message.of("scoring.experience.none", pv.occupationLabel);
    double bestValue = 0;
    for (PreparedCandidate.Source s : pc.sources) {
      double sim = concepts.occupationNeighbours(s.id()).similarity(pv.occupation);
      if (sim <= 0) {
        continue;
      }
      if (s.kind() == PreparedCandidate.SourceKind.INFERRED) {
        sim = inferred(profile, s.id() == pv.occupation, sim);
      }
      double v = sim * s.strength();
      Message m =
          switch (s.kind()) {
            case EXPERIENCE ->
                Message.of(
                    "scoring.experience.years",
                    Format.one(s.years()),
                    s.label(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case QUALIFICATION ->
                Message.of(
                    "scoring.experience.qualification",
                    s.label(),
                    s.recognition().orElseThrow(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case MEASURE ->
                Message.of(
                    "scoring.experience.measure",
                    s.measure().orElseThrow(),
                    s.label(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case INFERRED ->
                Message.of(
                    "scoring.experience.inferred",
                    s.label(),
                    s.skills(),
                    Format.two(sim),
                    Format.two(s.strength()));
          };
      List<Explanation> notes = new ArrayList<>();
      s.note().ifPresent(n -> notes.add(new Explanation(1, n, List.of())));
      details.add(node(v, m, notes));
      if (v > bestValue) {
        bestValue = v;
        best = m;
      }
    }
    if (details.isEmpty()) {
      details.add(new Explanation(0, best, List.of()));
    } else if (details.size() > 1) {
      details.add(node(value, "scoring.experience.combined"));
    }
    return new Explained(best, details);
  }
}
