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
