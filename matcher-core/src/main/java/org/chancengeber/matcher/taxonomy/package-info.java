/**
 * Occupations and skills (ESCO), their labels in many languages, hierarchies and relations.
 *
 * <p>Start with {@link org.chancengeber.matcher.taxonomy.Taxonomy}: load one from an ESCO download
 * or build one by hand, then ask it for {@link
 * org.chancengeber.matcher.taxonomy.Taxonomy#resolver() label resolution} and {@link
 * org.chancengeber.matcher.taxonomy.Taxonomy#similarity() similarity}.
 */
package org.chancengeber.matcher.taxonomy;
