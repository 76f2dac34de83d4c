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

/** The kinds of step a pathway is made of. */
public enum StepKind {
  /** A literacy course (Alphabetisierungskurs). */
  LITERACY_COURSE,
  /** An integration course (Integrationskurs). */
  INTEGRATION_COURSE,
  /** A job-related German course (DeuFöV) or a course in another language. */
  LANGUAGE_COURSE,
  /** A practical trial at the employer. */
  PRACTICAL_TRIAL,
  /** Learning missing essential skills at the employer (Einarbeitung). */
  ON_THE_JOB_TRAINING,
  /** A skills assessment. */
  SKILLS_ASSESSMENT,
  /** An entry qualification (Einstiegsqualifizierung). */
  EQ,
  /** Partial qualifications (Teilqualifizierung). */
  TQ,
  /** The recognition of a foreign qualification. */
  RECOGNITION,
  /** The validation procedure (Validierungsverfahren) for skills without a certificate. */
  VALIDATION_PROCEDURE,
  /** Applying for a work permit. */
  WORK_PERMIT,
  /** A driving licence. */
  DRIVING_LICENCE,
  /** A school certificate. */
  SCHOOL_CERTIFICATE
}
