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

/** Residence titles relevant to work and training; see DOMAIN.md. */
public enum ResidenceStatus {
  /** Recognised refugee or protection (§25 AufenthG), §25a/§25b, §104c. */
  RECOGNISED,
  /** §24 AufenthG temporary protection (Ukraine). */
  TEMPORARY_PROTECTION,
  /** Aufenthaltsgestattung: asylum procedure pending. */
  GESTATTUNG,
  /** Duldung: removal suspended. */
  DULDUNG,
  /** §60c Ausbildungsduldung (or §16g training permit). */
  AUSBILDUNGSDULDUNG,
  /** §60d Beschäftigungsduldung. */
  BESCHAEFTIGUNGSDULDUNG,
  /** §104c Chancen-Aufenthaltsrecht. */
  CHANCEN,
  /** Any other residence permit. */
  OTHER_PERMIT
}
