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

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * What phase one carries of the logistics factors when ranking offers for a person: an upper bound
 * of the logistics scale {@code 1 − s + s × logistics} ({@link ScoreFormula}) that Lucene can
 * compute and prune on, {@code constant + distanceWeight × pivot / (pivot + km) +
 * typeWeight(type)}. The distance ({@link DistanceFactor}) and the offer type ({@link
 * OfferTypeFactor}) are carried exactly, as their factors say; the factors that depend on the pair
 * (language, timing, support) at their best, 1, in the constant.
 *
 * @param pivotKm the person's distance pivot
 * @param constant the scale's part that is the same for every offer: {@code 1 − s} plus {@code s ×}
 *     the weights of the factors counted at 1
 * @param distanceWeight {@code s ×} the distance factor's weight
 * @param typeWeights {@code s ×} the offer type factor's weight × its value, per offer type the
 *     person can take (types missing here count 0)
 */
public record PhaseOneLogistics(
    double pivotKm, double constant, double distanceWeight, Map<OfferType, Double> typeWeights) {
  public PhaseOneLogistics {
    requireNonNull(typeWeights, "typeWeights");
    typeWeights = Map.copyOf(typeWeights);
  }

  /** For ranking offers of {@code types} for a person. */
  static PhaseOneLogistics offers(
      PreparedCandidate pc, ScoreFormula formula, Set<OfferType> types) {
    double share = formula.logisticsShare();
    double constant = 1 - share;
    for (FactorKind f : FactorKind.values()) {
      if (!formula.isFit(f) && f != FactorKind.DISTANCE && f != FactorKind.OFFER_TYPE) {
        constant += share * formula.weight(f);
      }
    }
    Map<OfferType, Double> typeWeights = new EnumMap<>(OfferType.class);
    double typeWeight = share * formula.weight(FactorKind.OFFER_TYPE);
    for (OfferType t : types) {
      typeWeights.put(t, typeWeight * OfferTypeFactor.value(pc, t));
    }
    return new PhaseOneLogistics(
        pc.pivotKm, constant, share * formula.weight(FactorKind.DISTANCE), typeWeights);
  }

  /** {@return the carried bound for an offer of {@code type} at {@code km}} */
  public double bound(OfferType type, double km) {
    return constant
        + distanceWeight * pivotKm / (pivotKm + km)
        + typeWeights.getOrDefault(type, 0.0);
  }

  /** {@return the lowest carried bound of an offer at most {@code maxKm} away} */
  public double low(double maxKm) {
    double t = typeWeights.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    return constant + distanceWeight * pivotKm / (pivotKm + maxKm) + t;
  }

  /** {@return the highest carried bound: an offer on the doorstep of the best type} */
  public double high() {
    double t = typeWeights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return constant + distanceWeight + t;
  }
}
