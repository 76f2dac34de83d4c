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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.pathway.Pathway;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;

/**
 * Time: half for the months until the pathway is done, half for how late that is for the offer's
 * start (each in full at {@link ScoringProfile#timingScaleMonths()}). The months are the pathway's
 * without the trial that only proves self-reported skills (evidence does not order a person's
 * offers). Before the rules and the planner are asked, no waiting time: the factor's upper bound. A
 * logistics factor.
 */
final class TimingFactor implements ScoreFactor {
  static final double DAYS_PER_MONTH = 365.2425 / 12;

  private final double scale;

  TimingFactor(ScoringProfile profile) {
    this.scale = profile.timingScaleMonths();
  }

  @Override
  public FactorKind kind() {
    return FactorKind.TIMING;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    int readyMonths = pair.readyMonths();
    long ready = pair.today().plusMonths(readyMonths).toEpochDay();
    if (pc.candidate.availableFrom().isPresent()) {
      ready = Math.max(ready, pc.candidate.availableFrom().get().toEpochDay());
    }
    long start = pv.startDay == Long.MIN_VALUE ? pair.today().toEpochDay() : pv.startDay;
    double lateMonths = Math.max(0, ready - start) / DAYS_PER_MONTH;
    return 1 - 0.5 * Math.min(1, readyMonths / scale) - 0.5 * Math.min(1, lateMonths / scale);
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    Pathway pathway = pair.pathway();
    LocalDate today = pair.today();
    List<Explanation> details = new ArrayList<>();
    Message ready = Message.of("scoring.timing.ready", pathway.readyInMonths());
    List<Explanation> steps = new ArrayList<>();
    for (PathwayStep s : pathway.steps()) {
      steps.add(
          new Explanation(
              s.months(),
              Message.of("scoring.timing.step", s.step(), s.months()),
              List.of(new Explanation(s.months(), s.detail(), List.of()))));
    }
    details.add(new Explanation(pathway.readyInMonths(), ready, steps));
    if (pair.readyMonths() < pathway.readyInMonths()) {
      // what the value counts: the months without the trial that only proves self-reported skills
      details.add(node(pair.readyMonths(), "scoring.timing.counted", pair.readyMonths()));
    }
    LocalDate readyOn = today.plusMonths(pair.readyMonths());
    if (pc.candidate.availableFrom().isPresent()
        && pc.candidate.availableFrom().get().isAfter(readyOn)) {
      readyOn = pc.candidate.availableFrom().get();
      details.add(node(0, "scoring.timing.available", readyOn));
    }
    if (pv.vacancy.start().isEmpty()) {
      details.add(node(0, "scoring.timing.asap", readyOn));
    } else {
      LocalDate start = pv.vacancy.start().get();
      double late = Math.max(0, readyOn.toEpochDay() - start.toEpochDay()) / DAYS_PER_MONTH;
      details.add(
          late > 0
              ? node(late, "scoring.timing.late", start, readyOn, Format.one(late))
              : node(0, "scoring.timing.in_time", start, readyOn));
    }
    return new Explained(ready, details);
  }
}
