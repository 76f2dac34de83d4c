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
import java.util.TreeMap;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * Phase one's second stage when ranking offers for a person: what an offer that teaches its
 * occupation (all but jobs) can score at the floor of its fit, {@code trainingFit × (1 − s + s ×
 * logistics)}, as a sum Lucene can prune on. The logistics factors say what they can before the
 * pair is scored: the offer type ({@link #types}, exact), the language minimums ({@link #language},
 * exact), the employer's support ({@link #support}, at least the value for any need), the distance
 * ({@link #distance} × {@code p / (p + km)}, exact); timing counts at its best, 1.
 *
 * <p>Why it is a bound: an offer's exact score is {@code max(weighted fit, trainingFit) × scale ×
 * sureness}. Where the weighted fit is the larger, the first stage's terms bound it; where the
 * floor is, the floor times the logistics scale is what this stage scores. So every offer's score /
 * the person's sureness scale is at most the larger of its two stage scores.
 *
 * @param types per offer type that teaches and the rules allow: {@code trainingFit × (1 − s + s ×
 *     (w_timing + w_type × the type's value))}; empty when the profile has no floor
 * @param languages per language code, by the level a minimum asks ({@link Cefr#ordinal()}): {@code
 *     trainingFit × s × w_language × the minimum's value}, to multiply with its share of the factor
 * @param anyLanguage the weight of a minimum in a language not listed, and of an offer that names
 *     none: {@code trainingFit × s × w_language} (a value of 1)
 * @param support by the employer's {@link #supportFlags}: {@code trainingFit × s × w_support × the
 *     factor's bound}
 * @param distance {@code trainingFit × s × w_distance}
 * @param pivotKm the distance at which the distance factor is ½
 */
public record TeachingFloor(
    Map<OfferType, Float> types,
    Map<String, float[]> languages,
    float anyLanguage,
    float[] support,
    float distance,
    double pivotKm) {
  private static final int SUPPORT_FLAGS = 8;

  public TeachingFloor {
    types = Map.copyOf(types);
    Map<String, float[]> copy = new TreeMap<>();
    languages.forEach((k, v) -> copy.put(k, v.clone()));
    languages = java.util.Collections.unmodifiableMap(copy);
    requireNonNull(support, "support");
    if (support.length != SUPPORT_FLAGS) {
      throw new IllegalArgumentException("support needs " + SUPPORT_FLAGS + " weights");
    }
    support = support.clone();
  }

  @Override
  public Map<String, float[]> languages() {
    Map<String, float[]> out = new TreeMap<>();
    languages.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  @Override
  public float[] support() {
    return support.clone();
  }

  /** The weight of an employer with these {@link #supportFlags}. */
  public float support(int flags) {
    return support[flags];
  }

  /** No floor: the profile's {@code trainingFit} is 0, or no offer type that teaches is allowed. */
  static TeachingFloor none() {
    return new TeachingFloor(Map.of(), Map.of(), 0, new float[SUPPORT_FLAGS], 0, 0);
  }

  /**
   * The floor for a person.
   *
   * @param teaching the offer types that teach and the rules allow the person
   * @param codes the language codes offers in the index ask a minimum in
   */
  static TeachingFloor of(
      PreparedCandidate pc,
      ScoreFormula formula,
      double trainingFit,
      double logisticsShare,
      LanguageFactor language,
      Set<OfferType> teaching,
      Set<String> codes) {
    if (trainingFit <= 0 || teaching.isEmpty()) {
      return none();
    }
    double each = trainingFit * logisticsShare;
    // every logistics factor not carried below counts at its best, 1 (today: timing)
    double atBest = 0;
    for (FactorKind f : FactorKind.values()) {
      if (!formula.isFit(f)
          && f != FactorKind.LANGUAGE
          && f != FactorKind.DISTANCE
          && f != FactorKind.SUPPORT
          && f != FactorKind.OFFER_TYPE) {
        atBest += formula.weight(f);
      }
    }
    Map<OfferType, Float> types = new EnumMap<>(OfferType.class);
    for (OfferType t : teaching) {
      double v =
          trainingFit * (1 - logisticsShare)
              + each
                  * (atBest + formula.weight(FactorKind.OFFER_TYPE) * OfferTypeFactor.value(pc, t));
      types.put(t, up(v));
    }
    double wl = each * formula.weight(FactorKind.LANGUAGE);
    Map<String, float[]> languages = new TreeMap<>();
    for (String code : codes) {
      double[] values = language.valuesByMinimum(pc, code);
      float[] w = new float[values.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = up(wl * values[i]);
      }
      languages.put(code, w);
    }
    double ws = each * formula.weight(FactorKind.SUPPORT);
    boolean latin = pc.candidate.literacy() == Literacy.LATIN;
    float[] support = new float[SUPPORT_FLAGS];
    for (int flags = 0; flags < SUPPORT_FLAGS; flags++) {
      support[flags] = up(ws * SupportFactor.upperBound(flags, latin));
    }
    return new TeachingFloor(
        types,
        languages,
        up(wl),
        support,
        up(each * formula.weight(FactorKind.DISTANCE)),
        pc.pivotKm);
  }

  /** The employer's support flags, 0 to 7: what {@link #support} is indexed by. */
  public static int supportFlags(Employer e) {
    return SupportFactor.flags(e);
  }

  /** Whether there is a floor to carry: some offer type that teaches is allowed. */
  public boolean isEmpty() {
    return types.isEmpty();
  }

  /** The weight of a minimum at {@code level} in {@code code}, to multiply with its share. */
  public float language(String code, Cefr level) {
    float[] w = languages.get(code);
    return w == null ? anyLanguage : w[level.ordinal()];
  }

  /** The highest score an offer can get from this stage. */
  public double max() {
    float type = 0;
    for (float w : types.values()) {
      type = Math.max(type, w);
    }
    float best = 0;
    for (float w : support) {
      best = Math.max(best, w);
    }
    return type + anyLanguage + best + distance;
  }

  /** Rounded up to a float, so that Lucene's sum in floats does not fall short of the reals. */
  private static float up(double v) {
    float f = (float) v;
    return f < v ? Math.nextUp(f) : f;
  }
}
