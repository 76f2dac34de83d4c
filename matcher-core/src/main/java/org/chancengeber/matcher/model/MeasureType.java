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
package org.chancengeber.matcher.model;

/** Completed measures in a person's portfolio (Krefeld's "Laufmappe"). */
public enum MeasureType {
  /** Integration course (600 UE language + 100 UE orientation); result: the CEFR level reached. */
  INTEGRATION_COURSE,
  /** Literacy course (900 + 100 UE); result: the CEFR level reached. */
  LITERACY_COURSE,
  /** Job-related German course (DeuFöV); result: the CEFR level reached. */
  LANGUAGE_COURSE,
  /** Practical trial or internship for an occupation; result: POSITIVE or NEGATIVE. */
  PRACTICAL_TRIAL,
  /** Entry qualification (§54a SGB III) for an occupation. */
  EQ,
  /** One module of a partial qualification (TQ) for an occupation. */
  TQ_MODULE,
  /** Pre-apprenticeship year (language, general education, trade basics). */
  PRE_APPRENTICESHIP,
  /** A skills test such as MYSKILLS for an occupation. */
  SKILLS_ASSESSMENT,
  /** The validation procedure (§§50b ff. BBiG) for an occupation. */
  VALIDATION_PROCEDURE,
  /** Any other course or measure. */
  OTHER
}
