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

import org.chancengeber.matcher.pathway.Pathway;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.rules.Verdict;

/**
 * One pair under consideration while ranking: its factor values, its upper bound (timing with no
 * waiting time) and, once decided, the verdict, the pathway and the score. Not thread-safe.
 */
final class Entry {
  final PreparedCandidate pc;
  final PreparedVacancy pv;
  final String tie;
  final double[] f;
  final double km;
  final double upper;
  double score;
  Verdict verdict;
  SkillNeeds needs;
  Pathway pathway;

  Entry(PreparedCandidate pc, PreparedVacancy pv, String tie, double[] f, double km, double upper) {
    this.pc = pc;
    this.pv = pv;
    this.tie = tie;
    this.f = f;
    this.km = km;
    this.upper = upper;
  }
}
