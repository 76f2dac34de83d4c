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
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.pathway.Pathway;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;

/**
 * The offer's languages: per minimum, 1 − {@link ScoringProfile#languageStepPenalty()} per CEFR
 * step the person is short (no level at all counts from below A1), an essential minimum counting
 * twice an optional one; 1 when the offer names none. A logistics factor: a gap becomes time on the
 * pathway, not a worse fit.
 */
final class LanguageFactor implements ScoreFactor {
  private final double penalty;

  LanguageFactor(ScoringProfile profile) {
    this.penalty = profile.languageStepPenalty();
  }

  @Override
  public FactorKind kind() {
    return FactorKind.LANGUAGE;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    if (pv.langCodes.length == 0) {
      return 1;
    }
    double language = 0;
    for (int i = 0; i < pv.langCodes.length; i++) {
      int steps = steps(pc, pv.langCodes[i], pv.langMin[i]);
      language += pv.langShare[i] * Math.max(0, 1 - penalty * steps);
    }
    return Math.min(1, language);
  }

  /**
   * Phase one's floor for offers that teach: what one minimum in {@code code} is worth to the
   * person, for each level it may ask ({@link Cefr#ordinal()}), as {@link #value} counts it.
   */
  double[] valuesByMinimum(PreparedCandidate pc, String code) {
    Cefr[] levels = Cefr.values();
    double[] out = new double[levels.length];
    for (Cefr min : levels) {
      out[min.ordinal()] = Math.max(0, 1 - penalty * steps(pc, code, min));
    }
    return out;
  }

  /** CEFR steps from the person's level up to {@code min}; no level at all counts from below A1. */
  static int steps(PreparedCandidate pc, String code, Cefr min) {
    Cefr have = pc.level(code).orElse(null);
    return have == null ? min.ordinal() + 1 : have.stepsTo(min);
  }

  /** The most CEFR steps the person is short in any essential minimum of the offer. */
  static int maxEssentialSteps(PreparedCandidate pc, PreparedVacancy pv) {
    int maxSteps = 0;
    for (int i = 0; i < pv.langCodes.length; i++) {
      if (pv.langEssential[i]) {
        maxSteps = Math.max(maxSteps, steps(pc, pv.langCodes[i], pv.langMin[i]));
      }
    }
    return maxSteps;
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    Pathway pathway = pair.pathway();
    List<Explanation> details = new ArrayList<>();
    Message summary = Message.of("scoring.language.no_requirements");
    for (int i = 0; i < pv.langCodes.length; i++) {
      String code = pv.langCodes[i];
      Cefr min = pv.langMin[i];
      int steps = steps(pc, code, min);
      double v = Math.max(0, 1 - penalty * steps);
      Cefr have = pc.level(code).orElse(null);
      String kind = pv.langEssential[i] ? "" : "_optional";
      Message m =
          have == null
              ? Message.of("scoring.language.missing" + kind, code, min, steps)
              : steps == 0
                  ? Message.of("scoring.language.met" + kind, code, have, min)
                  : Message.of("scoring.language.short" + kind, code, have, min, steps);
      details.add(node(v, m, List.of()));
      if (i == 0 || pv.langEssential[i] && steps > 0) {
        summary = m;
      }
    }
    for (PathwayStep s : pathway.steps()) {
      if (s.step() == StepKind.LANGUAGE_COURSE
          || s.step() == StepKind.INTEGRATION_COURSE
          || s.step() == StepKind.LITERACY_COURSE) {
        details.add(
            node(
                s.months(),
                Message.of("scoring.language.course", s.months()),
                List.of(new Explanation(s.months(), s.detail(), List.of()))));
      }
    }
    if (pv.langCodes.length == 0) {
      details.add(new Explanation(1, summary, List.of()));
    }
    return new Explained(summary, details);
  }
}
