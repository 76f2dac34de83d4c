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
 * Occupations and skills (ESCO), their labels in many languages, hierarchies and relations; label
 * resolution from free text; similarity of skills and of occupations; the German KldB 2010.
 *
 * <h2>Start here</h2>
 *
 * <ul>
 *   <li>{@link org.chancengeber.matcher.taxonomy.EscoImporter#load EscoImporter.load(paths...)}
 *       reads the official ESCO CSV download — folders, the zips as distributed, single CSV files,
 *       any mix of languages — into an immutable {@link org.chancengeber.matcher.taxonomy.Taxonomy}
 *       ({@code loadReporting} adds a {@link org.chancengeber.matcher.taxonomy.LoadReport} of what
 *       was left out). {@code loadClasspath} does the same for resources (the sample taxonomy).
 *       {@link org.chancengeber.matcher.taxonomy.Taxonomy#builder()} builds one by hand.
 *   <li>{@link org.chancengeber.matcher.taxonomy.Taxonomy#resolver()} turns text in any loaded
 *       language into ranked concepts with a confidence; {@link
 *       org.chancengeber.matcher.taxonomy.Taxonomy#withAliases} merges a user's own words ({@link
 *       org.chancengeber.matcher.taxonomy.Aliases#read}), {@link
 *       org.chancengeber.matcher.taxonomy.Taxonomy#withResolver} plugs in another resolver.
 *   <li>{@link org.chancengeber.matcher.taxonomy.Taxonomy#similarity()} says how close two skills
 *       or two occupations are.
 *   <li>{@link org.chancengeber.matcher.taxonomy.Kldb#load Kldb.load(file)} reads the KldB 2010
 *       (codes, titles, levels, requirement level of 5-digit codes).
 * </ul>
 *
 * <p>A malformed file fails the whole import with a {@link
 * org.chancengeber.matcher.taxonomy.TaxonomyLoadException} naming file, line and column; there is
 * never a half-loaded taxonomy.
 *
 * <h2>Merging languages</h2>
 *
 * For each kind of concept (occupations, skills, skill groups, ISCO groups) the main language —
 * English where loaded, else the language with the most rows — defines which concepts exist; files
 * in other languages add labels to them. Rows naming other concepts (e.g. the German v1.2.0
 * occupations that v1.1.1 lacks) and relations naming unknown concepts (67 rows of one occupation
 * in v1.1.1's relations file) are left out and counted in the report.
 *
 * <h2>Label resolution</h2>
 *
 * Every preferred and alternative label (and every user alias, {@link
 * org.chancengeber.matcher.taxonomy.Aliases}) is split into the forms it stands for (German
 * gendered forms: {@code Koch/Köchin}, {@code Metallbauer/in}, {@code Pflegefachmann/-frau}, {@code
 * Elektroniker/-in}, {@code Lehrer*in}, markers such as {@code (m/w/d)} dropped; Arabic {@code X /
 * Y}), and each form is indexed in Lucene with light stems (German, English, Arabic, Persian) and
 * character trigrams of its normalised words (lower case, umlauts and ß, Arabic and Persian letter
 * variants and diacritics, accents). A query is split and normalised the same way, and also read as
 * people write titles ({@code NoisyText}): noise words dropped (seniority, employment terms, {@code
 * Vollzeit}, {@code gesucht}, numbers), abbreviations written out ({@code Snr.}, {@code Mgr},
 * {@code Asst}, {@code HR}, {@code Kfz}), and a text that names several roles ({@code X cum Y},
 * {@code X / Y}, {@code X - Y}, brackets) also tried role by role at 0.8 of a match of the whole.
 *
 * <p>The confidence is 1 when a form of the query equals a form of a label (as written, or else
 * without noise words); an exact alias beats every ESCO label, whose exact matches then count 0.9.
 * Otherwise it is {@code 0.95 × (0.6 × query coverage + 0.4 × label coverage)}, where each word
 * counts with its weight — {@code ln(1 + forms / forms with the word)}; a word no candidate label
 * has anything like (a place, a company) counts a tenth of the rarest word's — times its best match
 * on the other side: 1 for the same word, else the better of trigram overlap (typos) and
 * containment {@code 0.5 + 0.5 × shorter/longer} (German compounds); a title word that the label
 * lacks but a skill of the occupation names counts 0.35. A concept's best form adds a quarter of
 * its second best (a concept named twice ranks first), up to 0.95; times 0.9 when the label's
 * language differs from the query's. Two bounds keep it honest: the confidence is never above
 * {@code 0.95 ×} the query coverage with unknown words at full weight (in "Dach decken", "Tische
 * eindecken" accounts for "decken" but not for "Dach"; in "Dönerspieß schneiden", "Metall
 * schneiden" does not account for the unknown "Dönerspieß"), and when the runner-up is within 0.1
 * of the best, the best few are lowered by five times the shortfall (a tie takes 0.5 off). Below
 * the scoring profile's {@code minResolutionConfidence} (0.5) a text is "not understood" ({@link
 * org.chancengeber.matcher.taxonomy.Understanding}) and is compared as text only.
 *
 * <h2>Similarity values</h2>
 *
 * Skills, the highest applicable value:
 *
 * <table>
 *   <caption>skill ↔ skill</caption>
 *   <tr><th>relation</th><th>value</th></tr>
 *   <tr><td>same skill</td><td>1.0</td></tr>
 *   <tr><td>one is the direct broader skill of the other</td><td>0.8</td></tr>
 *   <tr><td>siblings under a broader skill, or two steps apart in the hierarchy</td><td>0.6</td>
 *   </tr>
 *   <tr><td>related by an ESCO skill→skill relation</td><td>0.5</td></tr>
 *   <tr><td>in the same skill group (the groups first met going up the hierarchy)</td><td>0.4</td>
 *   </tr>
 *   <tr><td>essential for mostly the same occupations (Jaccard ≥ 0.25)</td><td>0.3</td></tr>
 *   <tr><td>otherwise, or unknown</td><td>0</td></tr>
 * </table>
 *
 * A broader skill that ESCO marks transversal ("think critically", "advise others": each above
 * hundreds of skills of every domain) is a way of working, not a domain: a skill and its
 * transversal broader skill count 0.4 (as one group), skills under the same transversal skill are
 * not siblings, and skill groups are not inherited through it.
 *
 * <p>Occupations, the first rule that applies ({@code J} = Jaccard overlap of the essential
 * skills):
 *
 * <table>
 *   <caption>occupation ↔ occupation</caption>
 *   <tr><th>relation</th><th>value</th></tr>
 *   <tr><td>same occupation</td><td>1.0</td></tr>
 *   <tr><td>one is the direct broader occupation of the other</td><td>0.8</td></tr>
 *   <tr><td>same broader occupation</td><td>0.7</td></tr>
 *   <tr><td>same ISCO-08 unit group</td><td>0.5 + 0.3 × J</td></tr>
 *   <tr><td>otherwise</td><td>0.6 × J</td></tr>
 * </table>
 *
 * Both are precomputed when the similarity is first asked for (URIs interned to ints, each skill's
 * neighbourhood in sorted arrays): a call costs a few hash look-ups.
 */
package org.chancengeber.matcher.taxonomy;
