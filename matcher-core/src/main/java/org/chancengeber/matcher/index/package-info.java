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
 * Lucene indexes of offers ({@link org.chancengeber.matcher.index.VacancyIndex}) and people ({@link
 * org.chancengeber.matcher.index.CandidateIndex}) for phase one of ranking: filters (offer types,
 * reachable language levels, travel distance, live offers) and weighted feature terms (skill and
 * occupation concepts, language minimums or levels, preferences, {@code FeatureField}) plus a
 * distance feature. The weights mirror the exact scorer's factors, so an entry's phase-one score
 * bounds its exact score from above. Offers carry their logistics as well (type, language minimums,
 * which also bound timing through the courses an essential one needs, the employer's support flags,
 * distance), as a bound the engine weighs in ({@code LogisticsBound}); people do not, and there the
 * engine adds what the logistics can give. A {@link org.chancengeber.matcher.index.Retrieval} hands
 * the entries over page by page, best first, with a bound on what is left: the engine stops when
 * the k-th exact score beats it, so the two-phase top k is the exhaustive one, proven, after
 * scoring a few hundred to a few thousand entries instead of every one in reach.
 *
 * <p>Both keep the prepared entries in memory, keyed by a doc-values field, so the hot path never
 * loads stored fields. Both are sorted by a Z-order code of the location, so that the offers or
 * people within a travel distance are a few runs of doc ids and the feature postings skip the rest.
 * Writes are near-real-time: visible to searches after {@code refresh()}; searches and writes may
 * run concurrently. No scoring happens here: the query weights come from the engine, which derives
 * them from the scoring profile.
 */
package org.chancengeber.matcher.index;
