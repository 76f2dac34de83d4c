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
package org.chancengeber.matcher.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.ConceptResolver;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The naive baseline of the issue: an offer scores the overlap of the person's skills with the
 * <em>whole</em> ESCO profile (essential and optional skills) of the offer's occupation, each
 * shared skill weighted by its specificity {@code ln(1 + N/n)} (N occupations in the taxonomy, n of
 * them listing the skill); a plain sum, not normalised. Skills given as text are resolved to the
 * taxonomy's best skill for the text (top 1, whatever its confidence). Only skills count: a person
 * with only an occupation title overlaps nothing and gets an empty ranking. Offers the person
 * cannot take (the filter) and offers with no overlap are left out; ties go to the nearer offer,
 * then the smaller id. No evidence, no rules, no similarity between skills.
 */
final class ProfileOverlap {
  private final ConceptResolver resolver;
  private final List<Vacancy> offers;
  private final int[] occupationOfOffer;
  private final Map<String, Integer> occupationIndex = new HashMap<>();
  private final Map<String, int[]> occupationsWith = new HashMap<>();
  private final Map<String, Double> specificity = new HashMap<>();

  ProfileOverlap(Taxonomy taxonomy, List<Vacancy> offers) {
    this.resolver = taxonomy.resolver();
    this.offers = List.copyOf(offers);
    this.occupationOfOffer = new int[offers.size()];
    for (int i = 0; i < offers.size(); i++) {
      String uri =
          offers
              .get(i)
              .occupation()
              .filter(o -> o instanceof ConceptRef.Id)
              .map(Object::toString)
              .orElse("");
      occupationOfOffer[i] = occupationIndex.computeIfAbsent(uri, u -> occupationIndex.size());
    }
    int n = taxonomy.occupations().size();
    for (var skill : taxonomy.skills()) {
      List<OccupationSkill> with = taxonomy.occupationsWith(skill.uri());
      if (with.isEmpty()) {
        continue;
      }
      specificity.put(skill.uri(), Math.log(1 + (double) n / with.size()));
      occupationsWith.put(
          skill.uri(),
          with.stream()
              .map(OccupationSkill::occupationUri)
              .distinct()
              .filter(occupationIndex::containsKey)
              .mapToInt(occupationIndex::get)
              .toArray());
    }
  }

  /** The skill ids a person's claims name: ids as given, texts resolved (top 1). */
  Set<String> skills(Candidate person) {
    Set<String> ids = new LinkedHashSet<>();
    for (SkillClaim claim : person.skills()) {
      switch (claim.skill()) {
        case ConceptRef.Id id -> ids.add(id.uri());
        case ConceptRef.Text text ->
            resolver.resolve(text.text(), text.lang(), Optional.of(ConceptType.SKILL), 1).stream()
                .findFirst()
                .ifPresent(r -> ids.add(r.uri()));
      }
    }
    return ids;
  }

  /** Ids of the best {@code k} offers that {@code eligible} accepts, best first. */
  List<String> top(Candidate person, int k, Predicate<Vacancy> eligible) {
    double[] byOccupation = new double[occupationIndex.size()];
    for (String skill : skills(person)) {
      for (int o : occupationsWith.getOrDefault(skill, new int[0])) {
        byOccupation[o] += specificity.get(skill);
      }
    }
    List<Integer> candidates = new ArrayList<>();
    double[] score = new double[offers.size()];
    double[] km = new double[offers.size()];
    for (int i = 0; i < offers.size(); i++) {
      score[i] = byOccupation[occupationOfOffer[i]];
      if (score[i] > 0 && eligible.test(offers.get(i))) {
        km[i] = person.location().distanceKm(offers.get(i).location());
        candidates.add(i);
      }
    }
    return candidates.stream()
        .sorted(
            Comparator.<Integer>comparingDouble(i -> -score[i])
                .thenComparingDouble(i -> km[i])
                .thenComparing(i -> offers.get(i).id()))
        .limit(k)
        .map(i -> offers.get(i).id())
        .toList();
  }
}
