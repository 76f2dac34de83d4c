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
