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

/** What stands between a person and an offer. */
public enum GapKind {
  /** A language level below what the offer needs. */
  LANGUAGE,
  /** Reading and writing in the Latin script. */
  LITERACY,
  /** Skills the offer needs that the person lacks or has not proven. */
  SKILL,
  /** Skills only self-reported, to be shown (e.g. in a practical trial). */
  EVIDENCE,
  /** A qualification the offer needs. */
  QUALIFICATION,
  /** The recognition of a foreign qualification. */
  RECOGNITION,
  /** A school certificate the offer needs. */
  SCHOOL_CERTIFICATE,
  /** A work permit. */
  WORK_PERMIT,
  /** A residence permit that ends before the offer does. */
  PERMIT_EXPIRY,
  /** A driving licence the offer needs. */
  DRIVING_LICENCE,
  /** An age rule of the offer type. */
  AGE,
  /** Working hours the person cannot work. */
  HOURS,
  /** The offer starts before the person can. */
  START_DATE,
  /** The offer is beyond the person's travel distance. */
  DISTANCE
}
