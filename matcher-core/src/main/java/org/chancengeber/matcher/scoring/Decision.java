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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.rules.RuleSet;

/**
 * Decides a pair with the rules and the planner: the verdict, what the skill comparison found, the
 * pathway; then the timing factor from the pathway's months and the final score. Thread-safe.
 */
final class Decision {
  /** Similarity from which an occupation counts as "the same or a close one" for the pathway. */
  private static final double CLOSE_OCCUPATION = 0.5;

  private final Concepts concepts;
  private final RuleSet rules;
  private final PathwayPlanner planner;
  private final int horizonMonths;
  private final TimingFactor timing;
  private final ScoreFormula formula;

  Decision(
      Concepts concepts,
      RuleSet rules,
      PathwayPlanner planner,
      int horizonMonths,
      TimingFactor timing,
      ScoreFormula formula) {
    this.concepts = concepts;
    this.rules = rules;
    this.planner = planner;
    this.horizonMonths = horizonMonths;
    this.timing = timing;
    this.formula = formula;
  }

  /** Asks rules and planner; sets the final score. False when the pair is excluded. */
  boolean decide(Entry e, LocalDate today) {
    e.verdict = rules.evaluate(e.pc.candidate, e.pv.vacancy, today);
    if (!e.verdict.eligible()) {
      return false;
    }
    e.needs = skillNeeds(e.pc, e.pv);
    e.pathway =
        planner.plan(e.pc.candidate, e.pv.vacancy, e.verdict, e.needs, today, horizonMonths);
    if (!e.pathway.reachable()) {
      return false;
    }
    // the trial that proves self-reported skills is on the pathway, but evidence is not scored
    e.f[FactorKind.TIMING.ordinal()] =
        timing.value(e.pc, e.pv, Pair.decided(today, e.km, e.pathway));
    e.score = formula.score(e.f, e.pc, e.pv);
    return true;
  }

  /** What the skill comparison found, for the planner. */
  SkillNeeds skillNeeds(PreparedCandidate pc, PreparedVacancy pv) {
    List<String> unproven = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < pv.skills.length; i++) {
      if (!pv.essential[i]) {
        continue;
      }
      int slot = pc.skillSlots.get(pv.skills[i]);
      if (slot < 0) {
        missing.add(pv.skillLabel(i, pv.skills[i], concepts));
      } else if (!pc.skillProven[slot]) {
        unproven.add(pv.skillLabel(i, pv.skills[i], concepts));
      }
    }
    int essentials = 0;
    for (int i = 0; i < pv.listedSkills; i++) {
      essentials += pv.essential[i] ? 1 : 0;
    }
    Optional<Qualification> qualification = Optional.empty();
    double bestQualification = 0;
    double years = 0;
    boolean trial = false;
    if (pv.occupation >= 0) {
      for (PreparedCandidate.Source s : pc.sources) {
        double sim = concepts.occupationNeighbours(s.id()).similarity(pv.occupation);
        if (sim <= 0) {
          continue;
        }
        switch (s.kind()) {
          case QUALIFICATION -> {
            if (sim > bestQualification) {
              bestQualification = sim;
              qualification = Optional.of(pc.candidate.qualifications().get(s.index()));
            }
          }
          case EXPERIENCE -> {
            if (sim >= CLOSE_OCCUPATION) {
              years = Math.max(years, s.years());
            }
          }
          case MEASURE -> {
            if (sim >= CLOSE_OCCUPATION
                && s.measure().orElseThrow() == MeasureType.PRACTICAL_TRIAL) {
              trial = true;
            }
          }
          case INFERRED -> {
            // a guess from skills: neither experience nor a qualification
          }
        }
      }
    }
    return new SkillNeeds(
        unproven,
        missing,
        qualification,
        years,
        trial,
        Math.max(essentials, unproven.size() + missing.size()),
        Math.min(1, ExperienceFactor.of(pc, pv)),
        occupationGroup(pv));
  }

  /** The ISCO-08 group of the offer's occupation, "" when it names none or it is not in ESCO. */
  private String occupationGroup(PreparedVacancy pv) {
    if (pv.occupationId() < 0) {
      return "";
    }
    return concepts
        .taxonomy()
        .occupation(concepts.key(pv.occupationId()))
        .map(o -> o.iscoGroup())
        .orElse("");
  }
}
