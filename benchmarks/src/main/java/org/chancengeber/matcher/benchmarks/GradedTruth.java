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
package org.chancengeber.matcher.benchmarks;

import java.util.List;
import org.chancengeber.matcher.model.Vacancy;

/** A ground truth: the offers, and a relevance grade (0..3) of every offer for every person. */
interface GradedTruth {
  List<Vacancy> offers();

  /** Relevance of an offer for a person, 0 (not relevant) .. 3 (the person's own occupation). */
  int grade(String personId, String offerId);

  /** Grades of every offer for a person, in offer order (for the ideal ranking). */
  int[] grades(String personId);
}
