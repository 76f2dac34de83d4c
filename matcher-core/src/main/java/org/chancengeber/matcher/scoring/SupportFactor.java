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
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * The employer's support, counted by the person's need: the need is 0.25 + ½ language need (CEFR
 * steps short in an essential minimum, ½ each, and ½ for another script) + ½ skill need ({@link
 * SkillsFactor#need}); mentoring, language support and experience with refugees each cover part of
 * it, weighted by what the person needs most. A logistics factor.
 */
final class SupportFactor implements ScoreFactor {
  @Override
  public FactorKind kind() {
    return FactorKind.SUPPORT;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    double languageNeed = languageNeed(pc, LanguageFactor.maxEssentialSteps(pc, pv));
    double skillNeed = SkillsFactor.need(pc, pv);
    Employer e = pv.vacancy.employer();
    double wm = 1 + skillNeed + 0.5 * languageNeed;
    double wl = 0.5 + 2 * languageNeed;
    double we = 0.5;
    double offered =
        ((e.mentoring() ? wm : 0)
                + (e.languageSupport() ? wl : 0)
                + (e.experienceWithRefugees() ? we : 0))
            / (wm + wl + we);
    return 1 - need(languageNeed, skillNeed) * (1 - offered);
  }

  /**
   * The employer's support flags as a number from 0 to 7 (mentoring 1, language support 2,
   * experience with refugees 4): all of an offer the factor reads apart from the person's needs.
   */
  static int flags(Employer e) {
    return (e.mentoring() ? 1 : 0)
        | (e.languageSupport() ? 2 : 0)
        | (e.experienceWithRefugees() ? 4 : 0);
  }

  /**
   * At least the factor's value for any offer with these {@link #flags}, for a person who reads the
   * Latin script or not, whatever their language and skill needs for it: the need is at least its
   * part for the script, and the share of it the flags cover is largest at a corner of the ranges
   * of the two weights that depend on the needs (a ratio of linear functions is monotone in each).
   */
  static double upperBound(int flags, boolean latin) {
    double minLanguageNeed = latin ? 0 : 0.5;
    double minNeed = need(minLanguageNeed, 0);
    double we = 0.5;
    double best = 0;
    for (double wm : new double[] {1 + 0.5 * minLanguageNeed, 2.5}) {
      for (double wl : new double[] {0.5 + 2 * minLanguageNeed, 2.5}) {
        double offered =
            (((flags & 1) != 0 ? wm : 0)
                    + ((flags & 2) != 0 ? wl : 0)
                    + ((flags & 4) != 0 ? we : 0))
                / (wm + wl + we);
        best = Math.max(best, offered);
      }
    }
    return Math.min(1, (1 - minNeed * (1 - best)) * (1 + 1e-12));
  }

  private static double languageNeed(PreparedCandidate pc, int maxSteps) {
    double need = maxSteps / 2.0;
    if (pc.candidate.literacy() != Literacy.LATIN) {
      need += 0.5;
    }
    return Math.min(1, need);
  }

  private static double need(double languageNeed, double skillNeed) {
    return Math.min(1, 0.25 + 0.5 * languageNeed + 0.5 * skillNeed);
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    double langNeed = languageNeed(pc, LanguageFactor.maxEssentialSteps(pc, pv));
    double skillNeed = SkillsFactor.need(pc, pv);
    double need = need(langNeed, skillNeed);
    Employer e = pv.vacancy.employer();
    Message m =
        Message.of(
            "scoring.support.need", Format.two(need), Format.two(langNeed), Format.two(skillNeed));
    List<Explanation> offered =
        List.of(
            node(e.mentoring() ? 1 : 0, "scoring.support.mentoring." + yesNo(e.mentoring())),
            node(
                e.languageSupport() ? 1 : 0,
                "scoring.support.language." + yesNo(e.languageSupport())),
            node(
                e.experienceWithRefugees() ? 1 : 0,
                "scoring.support.experience." + yesNo(e.experienceWithRefugees())));
    return new Explained(m, List.of(new Explanation(need, m, offered)));
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
