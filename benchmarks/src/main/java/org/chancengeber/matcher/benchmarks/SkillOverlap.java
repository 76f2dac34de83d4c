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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;

/**
 * A diagnostic reference for the quality evaluation, not a product ranking: the cosine between a
 * person's and an offer's skill ids, each weighted by its inverse document frequency over the
 * offers (essential skills of an offer twice). It uses exact skill ids only — no similarity, no
 * evidence, no rules — and shows how much of the ground truth the skills alone can recover.
 */
final class SkillOverlap {
  private record Posting(int offer, double weight) {}

  private final List<String> ids = new ArrayList<>();
  private final Map<String, List<Posting>> postings = new HashMap<>();
  private final Map<String, Double> idf = new HashMap<>();
  private final double[] norms;

  SkillOverlap(List<Vacancy> offers) {
    Map<String, Integer> df = new HashMap<>();
    for (Vacancy offer : offers) {
      offer.skills().stream()
          .map(RequiredSkill::skill)
          .filter(s -> s instanceof ConceptRef.Id)
          .map(ConceptRef::toString)
          .distinct()
          .forEach(s -> df.merge(s, 1, Integer::sum));
    }
    df.forEach((s, n) -> idf.put(s, Math.log((double) offers.size() / n) + 1));
    norms = new double[offers.size()];
    for (int i = 0; i < offers.size(); i++) {
      Vacancy offer = offers.get(i);
      ids.add(offer.id());
      Map<String, Double> weights = new HashMap<>();
      for (RequiredSkill r : offer.skills()) {
        if (r.skill() instanceof ConceptRef.Id id) {
          weights.merge(id.uri(), (r.essential() ? 2.0 : 1.0) * idf.get(id.uri()), Math::max);
        }
      }
      double sum = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        postings
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new Posting(i, e.getValue()));
        sum += e.getValue() * e.getValue();
      }
      norms[i] = Math.sqrt(sum);
    }
  }

  /** Ids of the {@code k} offers with the highest cosine, ties by id. */
  List<String> top(Candidate person, int k) {
    double[] dot = new double[norms.length];
    double personNorm = 0;
    for (SkillClaim claim : person.skills()) {
      if (claim.skill() instanceof ConceptRef.Id id && idf.containsKey(id.uri())) {
        double w = idf.get(id.uri());
        personNorm += w * w;
        for (Posting p : postings.get(id.uri())) {
          dot[p.offer()] += w * p.weight();
        }
      }
    }
    if (personNorm == 0) {
      return List.of();
    }
    double[] score = new double[norms.length];
    for (int i = 0; i < norms.length; i++) {
      score[i] = norms[i] == 0 ? 0 : dot[i] / norms[i];
    }
    return IntStream.range(0, norms.length)
        .filter(i -> score[i] > 0)
        .boxed()
        .sorted(
            (a, b) ->
                score[a] != score[b]
                    ? Double.compare(score[b], score[a])
                    : ids.get(a).compareTo(ids.get(b)))
        .limit(k)
        .map(ids::get)
        .toList();
  }
}
