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
package org.chancengeber.matcher.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.taxonomy.OccupationSkill;

/**
 * The occupations a person's skills point to, from the taxonomy's occupation–skill profiles: most
 * people here name a few skills and no occupation, and their skills say which jobs they are likely
 * to do.
 *
 * <p>Each occupation is compared with the person's skills as TF-IDF vectors: a skill weighs its
 * specificity ({@code ln(1 + N / n)}, so a skill few occupations list tells more than "use
 * Microsoft Office"), an occupation lists it as essential (1) or optional (½). The occupations are
 * ranked by the dot product divided by the length of the occupation's profile vector to the power
 * {@link org.chancengeber.matcher.profile.ScoringProfile#inferenceProfileNorm()} (1: the cosine,
 * which favours small profiles; 0: the plain overlap, which favours large ones); the best {@code
 * limit} within half of the best are kept, valued relative to the best and scaled down when even
 * the best lists less than {@value #FULL_COVERAGE} of the person's (specificity-weighted) skills,
 * so that one generic skill among unrelated ones does not make anybody a cook. Evidence does not
 * count: it makes a skill surer, not another occupation likelier. Thread-safe.
 */
final class OccupationInference {
  /** The share of the person's skills the best occupation must list to count fully. */
  static final double FULL_COVERAGE = 0.5;

  /** Occupations within this share of the best one's cosine are kept. */
  private static final double WITHIN_BEST = 0.5;

  private final Concepts concepts;
  private final double profileNorm;
  private final double sharpness;
  private final ConcurrentHashMap<String, Double> norms = new ConcurrentHashMap<>();

  OccupationInference(Concepts concepts, double profileNorm, double sharpness) {
    this.concepts = concepts;
    this.profileNorm = profileNorm;
    this.sharpness = sharpness;
  }

  /**
   * One inferred occupation.
   *
   * @param id the occupation's concept id
   * @param value how strongly the skills point to it, in (0, 1]
   * @param rank what the occupations are ranked by (see the class comment)
   * @param coverage the share of the person's specificity-weighted skills its profile lists
   * @param skills how many of the person's skills its profile lists
   */
  record Inferred(int id, String uri, double value, double rank, double coverage, int skills) {}

  /** The occupations {@code skillIds} point to, best first, at most {@code limit}. */
  List<Inferred> infer(int[] skillIds, int limit) {
    if (limit <= 0 || skillIds.length == 0) {
      return List.of();
    }
    Set<Integer> distinct = new LinkedHashSet<>();
    for (int id : skillIds) {
      distinct.add(id);
    }
    // occupation -> {dot product, skills listed, idf² of the skills listed}
    Map<String, double[]> dot = new HashMap<>();
    double personNorm = 0;
    for (int id : distinct) {
      String uri = concepts.key(id);
      List<OccupationSkill> with = concepts.taxonomy().occupationsWith(uri);
      if (with.isEmpty()) {
        continue;
      }
      double idf = concepts.specificity(id).value();
      personNorm += idf * idf;
      Map<String, Double> best = new HashMap<>();
      for (OccupationSkill os : with) {
        best.merge(os.occupationUri(), os.essential() ? 1.0 : 0.5, Math::max);
      }
      for (Map.Entry<String, Double> e : best.entrySet()) {
        double[] d = dot.computeIfAbsent(e.getKey(), k -> new double[3]);
        d[0] += idf * idf * e.getValue();
        d[1]++;
        d[2] += idf * idf;
      }
    }
    if (dot.isEmpty()) {
      return List.of();
    }
    List<Inferred> all = new ArrayList<>(dot.size());
    for (Map.Entry<String, double[]> e : dot.entrySet()) {
      double[] d = e.getValue();
      double rank = d[0] / Math.pow(norm(e.getKey()), profileNorm);
      all.add(
          new Inferred(
              concepts.id(e.getKey()), e.getKey(), 0, rank, d[2] / personNorm, (int) d[1]));
    }
    all.sort(Comparator.comparingDouble((Inferred i) -> -i.rank()).thenComparing(Inferred::uri));
    double top = all.get(0).rank();
    double scale = Math.min(1, all.get(0).coverage() / FULL_COVERAGE);
    List<Inferred> out = new ArrayList<>(limit);
    for (Inferred i : all) {
      if (out.size() == limit || i.rank() < WITHIN_BEST * top) {
        break;
      }
      out.add(
          new Inferred(
              i.id(),
              i.uri(),
              scale * Math.pow(i.rank() / top, sharpness),
              i.rank(),
              i.coverage(),
              i.skills()));
    }
    return out;
  }

  /** The length of an occupation's profile vector (specificity × essential 1 / optional ½). */
  private double norm(String occupationUri) {
    Double n = norms.get(occupationUri);
    if (n == null) {
      Map<String, Double> weights = new HashMap<>();
      for (OccupationSkill os : concepts.taxonomy().skillsOf(occupationUri)) {
        weights.merge(os.skillUri(), os.essential() ? 1.0 : 0.5, Math::max);
      }
      double sum = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        double w = concepts.specificity(concepts.id(e.getKey())).value() * e.getValue();
        sum += w * w;
      }
      n = Math.sqrt(Math.max(sum, 1e-12));
      norms.putIfAbsent(occupationUri, n);
    }
    return n;
  }
}
