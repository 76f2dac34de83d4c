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
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;

/**
 * How the factors make the score, and why: {@code fit × (1 − s + s × logistics) × (1 − e + e ×
 * sureness)}, where fit is the weighted mean of the {@link FactorKind.Group#FIT fit} factors (at
 * least {@link ScoringProfile#trainingFit()} for an offer that teaches its occupation), logistics
 * the weighted mean of the others, {@code s} the {@link ScoringProfile#logisticsShare()}, and the
 * person's sureness (the mean evidence of their claims) scaled by {@link
 * ScoringProfile#evidenceShare()}. Below {@link ScoringProfile#minFit()} an offer is no match.
 *
 * <p>The bound phase one relies on: both scales are at most 1, so score ≤ fit ≤ the weighted sum of
 * the fit factors' phase-one terms; where the training floor is the fit, score ≤ the floor × the
 * logistics scale, which {@link LogisticsBound} bounds (offers for a person) or a rest of the floor
 * does (people for an offer).
 */
final class ScoreFormula {
  private final double[] weights;
  private final boolean[] fitFactor;
  private final boolean[] allKnown;
  private final double logisticsShare;
  private final double minFit;
  private final double trainingFit;
  private final double evidenceShare;

  ScoreFormula(ScoringProfile profile) {
    FactorKind[] kinds = FactorKind.values();
    this.weights = new double[kinds.length];
    this.fitFactor = new boolean[kinds.length];
    this.allKnown = new boolean[kinds.length];
    java.util.Arrays.fill(allKnown, true);
    for (FactorKind f : kinds) {
      weights[f.ordinal()] = profile.weight(f);
      fitFactor[f.ordinal()] = f.group() == FactorKind.Group.FIT;
    }
    this.logisticsShare = profile.logisticsShare();
    this.minFit = profile.minFit();
    this.trainingFit = profile.trainingFit();
    this.evidenceShare = profile.evidenceShare();
  }

  double weight(FactorKind f) {
    return weights[f.ordinal()];
  }

  boolean isFit(FactorKind f) {
    return fitFactor[f.ordinal()];
  }

  double minFit() {
    return minFit;
  }

  /** The weighted mean of the fit factors. */
  double weightedFit(double[] f) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += fitFactor[i] ? weights[i] * f[i] : 0;
    }
    return Math.max(0, Math.min(1, s));
  }

  /**
   * The fit: the weighted mean of the fit factors, and for an offer that teaches (a trial, EQ, TQ,
   * an apprenticeship) at least {@link ScoringProfile#trainingFit()}: it is open to people without
   * the occupation's skills.
   */
  double fit(double[] f, PreparedVacancy pv) {
    double fit = weightedFit(f);
    return teaches(pv) ? Math.max(fit, trainingFit) : fit;
  }

  /** Whether an offer teaches its occupation rather than asking for it: all but jobs. */
  static boolean teaches(PreparedVacancy pv) {
    return pv.type != OfferType.JOB;
  }

  /** The weighted mean of the logistics factors. */
  double logistics(double[] f) {
    return logistics(f, allKnown);
  }

  /** The weighted mean of the logistics factors, those not {@code known} counted at 1. */
  private double logistics(double[] f, boolean[] known) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += fitFactor[i] ? 0 : weights[i] * (known[i] ? f[i] : 1);
    }
    return Math.max(0, Math.min(1, s));
  }

  /** What logistics multiply the fit by, in [1 − logisticsShare, 1]. */
  double scale(double logistics) {
    return 1 - logisticsShare + logisticsShare * logistics;
  }

  /** What the person's sureness multiplies the score by, in [1 − evidenceShare, 1]. */
  double sureScale(PreparedCandidate pc) {
    return 1 - evidenceShare + evidenceShare * pc.sureness;
  }

  /**
   * At least the score of a pair whose fit factors and {@code known} logistics factors are in
   * {@code f}: the other logistics factors counted at their best, 1.
   */
  double bound(double[] f, boolean[] known, PreparedCandidate pc, PreparedVacancy pv) {
    return fit(f, pv) * scale(logistics(f, known)) * sureScale(pc);
  }

  double score(double[] f, PreparedCandidate pc, PreparedVacancy pv) {
    return fit(f, pv) * scale(logistics(f)) * sureScale(pc);
  }

  /**
   * Whether a pair's fit reaches the profile's minimum; below it an offer is no match, however
   * close, soon or supported. (A minimum of 0 keeps every offer, for diagnostics.)
   */
  boolean fits(double[] f, PreparedVacancy pv) {
    return fit(f, pv) >= minFit;
  }

  /** Why an offer is no match for its fit. */
  Message noFit(double[] f, PreparedVacancy pv) {
    return Message.of("scoring.excluded.no_fit", Format.two(fit(f, pv)), Format.two(minFit));
  }

  /** The person's sureness as a factor line of the match. */
  Factor evidenceFactor(PreparedCandidate pc) {
    return new Factor(
        "evidence",
        pc.sureness,
        evidenceShare,
        Message.of("scoring.evidence.summary", Format.two(pc.sureness), pc.claims.size()));
  }

  /**
   * The root of a match's explanation: the score, then the fit with its factors (and the training
   * floor where it lifts the fit), the logistics scale with its factors, the evidence scale.
   */
  Explanation explain(
      double score,
      double[] f,
      PreparedCandidate pc,
      PreparedVacancy pv,
      List<Explanation> fitNodes,
      List<Explanation> logisticsNodes) {
    double fit = fit(f, pv);
    List<Explanation> fitDetails = new java.util.ArrayList<>(fitNodes);
    if (fit > weightedFit(f)) {
      fitDetails.add(
          node(
              fit,
              "scoring.fit.teaches",
              pv.vacancy.type(),
              Format.two(weightedFit(f)),
              Format.two(trainingFit)));
    }
    double logistics = logistics(f);
    double scale = scale(logistics);
    double sure = sureScale(pc);
    return new Explanation(
        score,
        Message.of("scoring.score", Format.two(fit), Format.two(scale), Format.two(sure)),
        List.of(
            new Explanation(fit, Message.of("scoring.fit", Format.two(fit)), fitDetails),
            new Explanation(
                scale,
                Message.of(
                    "scoring.logistics",
                    Format.two(logistics),
                    Format.two(1 - logisticsShare),
                    Format.two(logisticsShare)),
                logisticsNodes),
            new Explanation(
                sure,
                Message.of(
                    "scoring.evidence",
                    Format.two(pc.sureness),
                    pc.claims.size(),
                    Format.two(1 - evidenceShare),
                    Format.two(evidenceShare)),
                List.of())));
  }
}
