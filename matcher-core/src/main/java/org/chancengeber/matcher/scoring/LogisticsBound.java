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
 * What the logistics factors can say about an offer before the pair is scored, for one person, as a
 * sum Lucene can prune on: at least the offer's logistics scale {@code 1 − s + s × logistics}
 * ({@link ScoreFormula#scale}), times a constant. The offer type ({@link #types}, exact), the
 * language minimums ({@link #language}: the language factor exactly, and the timing factor at most
 * what the courses for an essential minimum leave of it), the employer's support ({@link #support},
 * at least the value for any need), the distance ({@link #distance} × {@code p / (p + km)}, exact).
 *
 * <p>Timing is {@code 1 − ½ min(1, R / T) − ½ (lateness)}, {@code R} the months the pathway counts
 * and {@code T} the profile's {@code timingScaleMonths}. The pathway of an offer with an essential
 * minimum ends no earlier than the courses it needs ({@code M_i} months, {@link
 * org.chancengeber.matcher.pathway.PathwayPlanner#languageMonths}), so {@code R ≥ max M_i}, and as
 * the minimums' shares {@code σ_i} of the language factor sum to 1, {@code timing ≤ Σ σ_i (1 − ½
 * min(1, M_i / T))} (an optional minimum with {@code M_i = 0}): linear in the shares, so it rides
 * on the language minimums' features.
 *
 * <p>Phase one uses it twice when ranking offers for a person:
 *
 * <ul>
 *   <li>times the profile's {@code trainingFit}, for the offers that teach, as the second stage
 *       ({@link MatchScorer#teachingFloor}): an offer's exact score is {@code max(weighted fit,
 *       trainingFit) × scale × sureness}; where the floor is the larger, the floor times this bound
 *       is at least the score ÷ sureness;
 *   <li>times the fit {@code n} an offer needs to enter the top k (the k-th score ÷ sureness),
 *       added to the first stage's terms: for an offer whose fit {@code x} is at least {@code n},
 *       {@code x × scale ≤ x + n × scale − n} (as {@code (x − n)(1 − scale) ≥ 0}), so an offer can
 *       enter only if its terms plus {@code n ×} this bound reach {@code 2n}, and an offer whose
 *       fit is below {@code n} cannot enter at all. Offers of one fit are then told apart by their
 *       logistics in phase one, not by the exact scorer one by one.
 * </ul>
 *
 * @param types per offer type: {@code c × (1 − s + s × w_type × the type's value)}
 * @param languages per language code, by the level a minimum asks ({@link Cefr#ordinal()}), an
 *     optional minimum's first, then an essential one's: {@code c × s × (w_language × the minimum's
 *     value + w_timing × (1 − ½ min(1, M / T)))}, {@code M} 0 for an optional minimum, to multiply
 *     with its share of the language factor
 * @param anyLanguage the weight of a minimum in a language not listed, and of an offer that names
 *     none: {@code c × s × (w_language + w_timing)} (values of 1)
 * @param support by the employer's {@link #supportFlags}: {@code c × s × w_support × the factor's
 *     bound}
 * @param distance {@code c × s × w_distance}
 * @param pivotKm the distance at which the distance factor is ½
 */
public record LogisticsBound(
    Map<OfferType, Float> types,
    Map<String, float[]> languages,
    float anyLanguage,
    float[] support,
    float distance,
    double pivotKm) {
  private static final int SUPPORT_FLAGS = 8;
  private static final int LEVELS = Cefr.values().length;

  public LogisticsBound {
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

  /** No offer type: nothing to carry. */
  static LogisticsBound none() {
    return new LogisticsBound(Map.of(), Map.of(), 0, new float[SUPPORT_FLAGS], 0, 0);
  }

  /**
   * The bound for a person, with {@code c} 1.
   *
   * @param allowed the offer types the rules allow the person
   * @param codes the language codes offers in the index name a minimum in
   */
  static LogisticsBound of(
      PreparedCandidate pc,
      ScoreFormula formula,
      double logisticsShare,
      LanguageFactor language,
      LanguageMonths months,
      double timingScaleMonths,
      Set<OfferType> allowed,
      Set<String> codes) {
    if (allowed.isEmpty()) {
      return none();
    }
    double s = logisticsShare;
    // every logistics factor not carried below counts at its best, 1
    double atBest = 0;
    for (FactorKind f : FactorKind.values()) {
      if (!formula.isFit(f)
          && f != FactorKind.LANGUAGE
          && f != FactorKind.TIMING
          && f != FactorKind.DISTANCE
          && f != FactorKind.SUPPORT
          && f != FactorKind.OFFER_TYPE) {
        atBest += formula.weight(f);
      }
    }
    Map<OfferType, Float> types = new EnumMap<>(OfferType.class);
    for (OfferType t : allowed) {
      double v =
          1
              - s
              + s * (atBest + formula.weight(FactorKind.OFFER_TYPE) * OfferTypeFactor.value(pc, t));
      types.put(t, up(v));
    }
    double wl = s * formula.weight(FactorKind.LANGUAGE);
    double wt = s * formula.weight(FactorKind.TIMING);
    Map<String, float[]> languages = new TreeMap<>();
    for (String code : codes) {
      double[] values = language.valuesByMinimum(pc, code);
      float[] w = new float[2 * LEVELS];
      for (Cefr level : Cefr.values()) {
        int i = level.ordinal();
        w[i] = up(wl * values[i] + wt);
        double late = Math.min(1, months.of(code, level) / timingScaleMonths);
        w[LEVELS + i] = up(wl * values[i] + wt * (1 - 0.5 * late));
      }
      languages.put(code, w);
    }
    double ws = s * formula.weight(FactorKind.SUPPORT);
    boolean latin = pc.candidate.literacy() == Literacy.LATIN;
    float[] support = new float[SUPPORT_FLAGS];
    for (int flags = 0; flags < SUPPORT_FLAGS; flags++) {
      support[flags] = up(ws * SupportFactor.upperBound(flags, latin));
    }
    return new LogisticsBound(
        types,
        languages,
        up(wl + wt),
        support,
        up(s * formula.weight(FactorKind.DISTANCE)),
        pc.pivotKm);
  }

  /** Every weight times {@code c} (at least 0), rounded up: the bound times {@code c}. */
  public LogisticsBound times(double c) {
    if (!(c >= 0) || Double.isInfinite(c)) {
      throw new IllegalArgumentException("c (" + c + ") must be finite and at least 0");
    }
    Map<OfferType, Float> t = new EnumMap<>(OfferType.class);
    types.forEach((type, w) -> t.put(type, up(c * w)));
    Map<String, float[]> l = new TreeMap<>();
    languages.forEach(
        (code, w) -> {
          float[] out = new float[w.length];
          for (int i = 0; i < w.length; i++) {
            out[i] = up(c * w[i]);
          }
          l.put(code, out);
        });
    float[] sup = new float[SUPPORT_FLAGS];
    for (int i = 0; i < SUPPORT_FLAGS; i++) {
      sup[i] = up(c * support[i]);
    }
    return new LogisticsBound(t, l, up(c * anyLanguage), sup, up(c * distance), pivotKm);
  }

  /** The same bound for those of its offer types that are in {@code keep}. */
  LogisticsBound only(Set<OfferType> keep) {
    Map<OfferType, Float> t = new EnumMap<>(OfferType.class);
    types.forEach(
        (type, w) -> {
          if (keep.contains(type)) {
            t.put(type, w);
          }
        });
    return t.isEmpty()
        ? none()
        : new LogisticsBound(t, languages, anyLanguage, support, distance, pivotKm);
  }

  /** The employer's support flags, 0 to 7: what {@link #support} is indexed by. */
  public static int supportFlags(Employer e) {
    return SupportFactor.flags(e);
  }

  /** Whether there is nothing to carry: no offer type. */
  public boolean isEmpty() {
    return types.isEmpty();
  }

  /**
   * The weight of a minimum at {@code level} in {@code code}, essential or optional, to multiply
   * with its share.
   */
  public float language(String code, Cefr level, boolean essential) {
    float[] w = languages.get(code);
    if (w == null) {
      return anyLanguage;
    }
    return w[(essential ? LEVELS : 0) + level.ordinal()];
  }

  /** The months of language courses a person needs for an essential minimum (at least 0). */
  @FunctionalInterface
  interface LanguageMonths {
    int of(String code, Cefr level);
  }

  /** The highest score an offer can get from this bound. */
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
