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
 * Sample data and a generator for Chancengeber.
 *
 * <p>Two classes are all you need:
 *
 * <ul>
 *   <li>{@link org.chancengeber.matcher.samples.SampleData}: the embedded sample taxonomy (41
 *       occupations and 500 skills of the seeds' sectors, real ESCO URIs, labels in English,
 *       German, Arabic, Dari/Farsi and Ukrainian) and the embedded people and offers of
 *       Kaiserslautern, Kassel, Krefeld, Dresden and Düsseldorf as JSON Lines, including the
 *       case-worker cases {@code c-case-cook}, {@code c-case-a2} and {@code c-case-duldung}.
 *   <li>{@link org.chancengeber.matcher.samples.Generator}: deterministic, lazy streams of
 *       realistic people and offers over any taxonomy, for tests, benchmarks and demos.
 * </ul>
 *
 * <pre>{@code
 * Taxonomy taxonomy = SampleData.taxonomy();
 * Generator generator = new Generator(taxonomy, 42);
 * generator.candidates(1_000).forEach(p -> ...);
 * }</pre>
 */
package org.chancengeber.matcher.samples;
