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
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;

/**
 * The occupations a person's skills point to, from the taxonomy's occupation–skill profiles: most
 * people here name a few skills and no occupation, and their skills say which jobs they are likely
 * to do.
 *
 * <p>Each occupation is ranked by how likely its profile makes the skills the person names, as a
 * naive Bayes model would (a query likelihood with Jelinek–Mercer smoothing): a profile names a
 * skill with probability its weight (essential 1, optional ½) over the profile's total weight, so a
 * skill is better evidence for a small, specific profile than for a large one; with probability
 * {@link org.chancengeber.matcher.profile.ScoringProfile#inferenceNoise()} a named skill has
 * nothing to do with the occupation and is as likely as across all profiles, so a rare skill tells
 * more than "use Microsoft Office" and one stray skill does not rule an occupation out. The rank is
 * the log of that likelihood over the likelihood of the skills all being such noise (0 for an
 * occupation listing none of them). The best {@code limit} valued at least {@value #WITHIN_BEST} of
 * the best are kept, valued (their likelihood / the best's)<sup>{@link
 * org.chancengeber.matcher.profile.ScoringProfile#inferenceSharpness() sharpness}</sup> and scaled
 * down when even the best lists less than {@value #FULL_COVERAGE} of the person's
 * (specificity-weighted) skills, so that one generic skill among unrelated ones does not make
 * anybody a cook. Evidence does not count: it makes a skill surer, not another occupation likelier.
 * Thread-safe.
 */
final class OccupationInference {
  /** The share of the person's skills the best occupation must list to count fully. */
  static final double FULL_COVERAGE = 0.5;

  /** Occupations valued at least this share of the best one are kept. */
  private static final double WITHIN_BEST = 0.3;

  /** How likely a profile names an optional skill, as a share of an essential one. */
  private static final double OPTIONAL = 0.5;

  private final Concepts concepts;
  private final double noise;
  private final double sharpness;
  private final ConcurrentHashMap<String, Double> masses = new ConcurrentHashMap<>();
  private volatile double totalMass;

  OccupationInference(Concepts concepts, double noise, double sharpness) {
    this.concepts = concepts;
    this.noise = noise;
    this.sharpness = sharpness;
  }

  /**
   * One inferred occupation.
   *
   * @param id the occupation's concept id
   * @param value how strongly the skills point to it, in (0, 1]
   * @param rank what the occupations are ranked by: the log likelihood ratio (see the class
   *     comment)
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
    // occupation -> {log likelihood ratio, skills listed, idf² of the skills listed}
    Map<String, double[]> found = new HashMap<>();
    double personNorm = 0;
    for (int id : distinct) {
      String uri = concepts.key(id);
      List<OccupationSkill> with = concepts.taxonomy().occupationsWith(uri);
      if (with.isEmpty()) {
        continue;
      }
      double idf = concepts.specificity(id).value();
      personNorm += idf * idf;
      Map<String, Double> weights = new HashMap<>();
      for (OccupationSkill os : with) {
        weights.merge(os.occupationUri(), os.essential() ? 1.0 : OPTIONAL, Math::max);
      }
      // how likely the skill is across all profiles (what a skill unrelated to the occupation is)
      double background = 0;
      for (double w : weights.values()) {
        background += w;
      }
      background /= totalMass();
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        double[] d = found.computeIfAbsent(e.getKey(), k -> new double[3]);
        double likely = e.getValue() / mass(e.getKey());
        d[0] += Math.log(1 + (1 - noise) * likely / (noise * background));
        d[1]++;
        d[2] += idf * idf;
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<Inferred> all = new ArrayList<>(found.size());
    for (Map.Entry<String, double[]> e : found.entrySet()) {
      double[] d = e.getValue();
      all.add(
          new Inferred(
              concepts.id(e.getKey()), e.getKey(), 0, d[0], d[2] / personNorm, (int) d[1]));
    }
    all.sort(Comparator.comparingDouble((Inferred i) -> -i.rank()).thenComparing(Inferred::uri));
    double top = all.get(0).rank();
    double scale = Math.min(1, all.get(0).coverage() / FULL_COVERAGE);
    List<Inferred> out = new ArrayList<>(limit);
    for (Inferred i : all) {
      double relative = Math.exp(sharpness * (i.rank() - top));
      if (out.size() == limit || relative < WITHIN_BEST) {
        break;
      }
      out.add(new Inferred(i.id(), i.uri(), scale * relative, i.rank(), i.coverage(), i.skills()));
    }
    return out;
  }

  /** The total weight of an occupation's profile (essential 1, optional ½). */
  private double mass(String occupationUri) {
    Double m = masses.get(occupationUri);
    if (m == null) {
      Map<String, Double> weights = new HashMap<>();
      for (OccupationSkill os : concepts.taxonomy().skillsOf(occupationUri)) {
        weights.merge(os.skillUri(), os.essential() ? 1.0 : OPTIONAL, Math::max);
      }
      double sum = 0;
      for (double w : weights.values()) {
        sum += w;
      }
      m = Math.max(sum, 1e-12);
      masses.putIfAbsent(occupationUri, m);
    }
    return m;
  }

  /** The total weight of all profiles. */
  private double totalMass() {
    double t = totalMass;
    if (t == 0) {
      for (Occupation o : concepts.taxonomy().occupations()) {
        t += mass(o.uri());
      }
      totalMass = t;
    }
    return t;
  }
}
