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
 * Benchmarks of the ranking hot path at national scale, against baselines, and the quality
 * evaluation.
 *
 * <p>JMH benchmarks (run from the shaded jar, {@code java -jar benchmarks/target/benchmarks.jar}):
 * {@link org.chancengeber.matcher.benchmarks.OffersForPersonBenchmark} and {@link
 * org.chancengeber.matcher.benchmarks.PeopleForOfferBenchmark} (latency of one top-10 query),
 * {@link org.chancengeber.matcher.benchmarks.BatchBenchmark} (people per second on all cores),
 * {@link org.chancengeber.matcher.benchmarks.TaxonomyLoadBenchmark}. Each compares the {@link
 * org.chancengeber.matcher.benchmarks.Variant variants} two-phase, exhaustive and BM25 in one run.
 *
 * <p>Runnable classes: {@link org.chancengeber.matcher.benchmarks.Footprint} (build time and heap
 * of a taxonomy or an index), {@link org.chancengeber.matcher.benchmarks.QualityEvaluation} (NDCG,
 * MRR and recall on ESCO-derived ground truth) and {@link
 * org.chancengeber.matcher.benchmarks.ThinProfileEvaluation} (the same for thin profiles as case
 * workers record them, offers spread over a region), {@link
 * org.chancengeber.matcher.benchmarks.ResolutionEvaluation} (free-text titles to occupations) and
 * {@code EmbeddingEvaluation} (built with {@code -Pembeddings}: packaged English embedding models,
 * all-MiniLM-L6-v2, bge-small-en-v1.5 and e5-small-v2, beside the lexical resolver on the same
 * titles). {@code benchmarks/README.md} holds the figures.
 */
package org.chancengeber.matcher.benchmarks;
