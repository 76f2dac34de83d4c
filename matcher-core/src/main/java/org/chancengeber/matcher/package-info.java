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
/**
 * Chancengeber: matches refugees and other newcomers with jobs, apprenticeships, EQ, TQ and
 * practical trials, with explained scores and pathways.
 *
 * <p>Most users need two classes: {@link org.chancengeber.matcher.MatchEngine} (build one with a
 * taxonomy, add offers and people, {@code refresh()}, then ask {@code matchesFor}, {@code
 * candidatesFor}, {@code explain} or {@code exclusionsFor}) and the {@link
 * org.chancengeber.matcher.model model} records it takes and returns. {@link
 * org.chancengeber.matcher.Ranking#EXHAUSTIVE} ranks with the exact scorer over every entry: the
 * oracle the fast two-phase ranking is checked against.
 */
package org.chancengeber.matcher;
