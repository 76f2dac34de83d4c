/**
 * The immutable model: people ({@link org.chancengeber.matcher.model.Candidate}), offers ({@link
 * org.chancengeber.matcher.model.Vacancy}) and what a match says ({@link
 * org.chancengeber.matcher.model.Match}). No Lucene or Jackson types appear here.
 */
package org.chancengeber.matcher.model;
