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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.taxonomy.OccupationSkill;

/**
 * The occupations a person's skills point to, from the taxonomy's occupation–skill profiles: most
 * people here name a few skills and no occupation, and their skills say which jobs they are likely
 * to do.
 *
 * <p>Each occupation is ranked by how likely its profile makes the skills the person names, as a
 * naive Bayes model would (a query likelihood with Jelinek–Mercer smoothing): a skill named from
 * the occupation is one of its essential skills with probability {@link
 * org.chancengeber.matcher.profile.ScoringProfile#inferenceEssentialShare() essentialShare}, each
 * of them alike, else one of its optional skills, each alike (all of it goes to the one group when
 * the profile has no skill in the other). So a skill is better evidence for a small, specific
 * profile than for a large one, and a long list of optional skills (ESCO lists from none to over a
 * hundred) does not make the core of the job less likely to be named. With probability {@link
 * org.chancengeber.matcher.profile.ScoringProfile#inferenceNoise()} a named skill has nothing to do
 * with the occupation and is as likely as from an occupation drawn at random (the mean of that
 * probability over all occupations), so a rare skill tells more than "use Microsoft Office" and one
 * stray skill does not rule an occupation out. The rank is the log of that likelihood over the
 * likelihood of the skills all being such noise (0 for an occupation listing none of them). The
 * best {@code limit} valued at least {@value #WITHIN_BEST} of the best are kept, valued (their
 * likelihood / the best's)<sup>{@link
 * org.chancengeber.matcher.profile.ScoringProfile#inferenceSharpness() sharpness}</sup> and scaled
 * down when even the best lists less than {@value #FULL_COVERAGE} of the person's
 * (specificity-weighted) skills, so that one generic skill among unrelated ones does not make
 * anybody a cook. Evidence does not count: it makes a skill surer, not another occupation likelier.
 *
 * <p>What the person stated they did (experience, qualifications, measures) is the prior: with
 * probability {@link org.chancengeber.matcher.profile.ScoringProfile#inferencePrior()} the
 * occupation their skills are of lies around a stated one, spread over it and its taxonomy
 * neighbours in proportion to their similarity (each stated occupation weighing its strength);
 * otherwise it is any of the taxonomy's occupations, all equally likely. The rank adds the log of
 * this prior over the uniform one (Bayes: P(occupation | stated, skills) ∝ P(skills | occupation) ×
 * P(occupation | stated)), so a baker who names three pastry skills points to pastry cook before an
 * unrelated occupation whose profile lists the same skills. Only occupations whose profile lists a
 * named skill are inferred: the prior alone, with no skill for it, says nothing new. Thread-safe.
 */
final class OccupationInference {
  /** The share of the person's skills the best occupation must list to count fully. */
  static final double FULL_COVERAGE = 0.5;

  /** Occupations valued at least this share of the best one are kept. */
  private static final double WITHIN_BEST = 0.3;

  private final Concepts concepts;
  private final double noise;
  private final double sharpness;
  private final double prior;
  private final double essentialShare;

  /** Skill id → what naming it says of the occupations listing it. */
  private final ConcurrentHashMap<Integer, Evidence> evidence = new ConcurrentHashMap<>();

  /** Occupation URI → its distinct essential and optional skills, counted. */
  private final ConcurrentHashMap<String, int[]> groups = new ConcurrentHashMap<>();

  OccupationInference(
      Concepts concepts, double noise, double sharpness, double prior, double essentialShare) {
    this.concepts = concepts;
    this.noise = noise;
    this.sharpness = sharpness;
    this.prior = prior;
    this.essentialShare = essentialShare;
  }

  /**
   * An occupation the person stated they did, the centre of the prior.
   *
   * @param id the occupation's concept id
   * @param label its label, for the explanation
   * @param weight how much it counts (the source's strength), &gt; 0
   */
  record Stated(int id, String label, double weight) {}

  /**
   * One inferred occupation.
   *
   * @param id the occupation's concept id
   * @param value how strongly the skills point to it, in (0, 1]
   * @param rank what the occupations are ranked by: the log likelihood ratio (see the class
   *     comment)
   * @param coverage the share of the person's specificity-weighted skills its profile lists
   * @param skills how many of the person's skills its profile lists
   * @param prior how many times likelier the stated occupations make it than an unrelated
   *     occupation (1 when they do not)
   * @param stated the stated occupation that adds most to the prior, when {@code prior > 1}
   */
  record Inferred(
      int id,
      String uri,
      double value,
      double rank,
      double coverage,
      int skills,
      double prior,
      Optional<String> stated) {}

  /** The occupations {@code skillIds} point to, best first, at most {@code limit}. */
  List<Inferred> infer(int[] skillIds, int limit) {
    return infer(skillIds, List.of(), limit);
  }

  /**
   * The occupations {@code skillIds} point to, given the occupations the person stated, best first,
   * at most {@code limit}.
   */
  List<Inferred> infer(int[] skillIds, List<Stated> stated, int limit) {
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
      Evidence ev = evidence.computeIfAbsent(id, this::evidence);
      if (ev.occupations().length == 0) {
        continue;
      }
      double idf2 = ev.idf() * ev.idf();
      personNorm += idf2;
      for (int j = 0; j < ev.occupations().length; j++) {
        double[] d = found.computeIfAbsent(ev.occupations()[j], k -> new double[3]);
        d[0] += ev.logRatios()[j];
        d[1]++;
        d[2] += idf2;
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Prior around = prior(stated);
    List<Inferred> all = new ArrayList<>(found.size());
    for (Map.Entry<String, double[]> e : found.entrySet()) {
      double[] d = e.getValue();
      int id = concepts.id(e.getKey());
      double q = around.share(id);
      // P(occupation | stated) over the uniform 1 / N, and over an occupation not around any
      double ratio = 1 - prior + prior * around.occupations * q;
      double lift = ratio / (1 - prior);
      all.add(
          new Inferred(
              id,
              e.getKey(),
              0,
              d[0] + Math.log(ratio),
              d[2] / personNorm,
              (int) d[1],
              lift,
              q > 0 ? Optional.of(around.mostOf(id)) : Optional.empty()));
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
      out.add(
          new Inferred(
              i.id(),
              i.uri(),
              scale * relative,
              i.rank(),
              i.coverage(),
              i.skills(),
              i.prior(),
              i.stated()));
    }
    return out;
  }

  /**
   * What naming one skill says of each occupation whose profile lists it: the log of its likelihood
   * ratio against noise (see the class comment), with the skill's specificity. It depends on the
   * skill alone, so it is computed once per skill.
   */
  private Evidence evidence(int skillId) {
    String uri = concepts.key(skillId);
    List<OccupationSkill> with = concepts.taxonomy().occupationsWith(uri);
    if (with.isEmpty()) {
      return new Evidence(new String[0], new double[0], 0);
    }
    Map<String, Boolean> essential = new HashMap<>();
    for (OccupationSkill os : with) {
      essential.merge(os.occupationUri(), os.essential(), Boolean::logicalOr);
    }
    // how likely an occupation drawn at random names the skill (what a skill unrelated to the
    // occupation is)
    String[] occupations = new String[essential.size()];
    double[] likely = new double[occupations.length];
    double background = 0;
    int i = 0;
    for (Map.Entry<String, Boolean> e : essential.entrySet()) {
      occupations[i] = e.getKey();
      likely[i] = likely(e.getKey(), e.getValue());
      background += likely[i++];
    }
    background /= concepts.taxonomy().occupations().size();
    double[] logRatios = new double[occupations.length];
    for (int j = 0; j < occupations.length; j++) {
      logRatios[j] = Math.log(1 + (1 - noise) * likely[j] / (noise * background));
    }
    return new Evidence(occupations, logRatios, concepts.specificity(skillId).value());
  }

  /**
   * What naming one skill says: the occupations whose profile lists it, the log likelihood ratio
   * each gets, the skill's specificity.
   */
  private record Evidence(String[] occupations, double[] logRatios, double idf) {}

  /**
   * The prior's mass around the stated occupations: each spreads its weight over itself and its
   * neighbours in proportion to their similarity.
   */
  private Prior prior(List<Stated> stated) {
    Map<Integer, Double> share = new HashMap<>();
    Map<Integer, double[]> most = new HashMap<>();
    Map<Integer, String> mostLabel = new HashMap<>();
    double total = 0;
    for (Stated st : stated) {
      total += st.weight();
    }
    if (prior > 0 && total > 0) {
      for (Stated st : stated) {
        Neighbours nb = concepts.occupationNeighbours(st.id());
        double sum = 0;
        for (int j = 0; j < nb.size(); j++) {
          sum += nb.similarities()[j];
        }
        for (int j = 0; j < nb.size(); j++) {
          double q = st.weight() / total * nb.similarities()[j] / sum;
          int id = nb.ids()[j];
          share.merge(id, q, Double::sum);
          double[] m = most.computeIfAbsent(id, k -> new double[1]);
          if (q > m[0]) {
            m[0] = q;
            mostLabel.put(id, st.label());
          }
        }
      }
    }
    return new Prior(share, mostLabel, concepts.taxonomy().occupations().size());
  }

  /** The prior's shares around the stated occupations (they sum to 1, or there are none). */
  private record Prior(Map<Integer, Double> shares, Map<Integer, String> labels, int occupations) {
    double share(int id) {
      return shares.getOrDefault(id, 0.0);
    }

    String mostOf(int id) {
      return labels.get(id);
    }
  }

  /**
   * How likely a skill named from the occupation is this one of its profile: the essential share
   * spread over its essential skills, the rest over its optional ones.
   */
  private double likely(String occupationUri, boolean essential) {
    int[] g =
        groups.computeIfAbsent(
            occupationUri,
            uri -> {
              Map<String, Boolean> listed = new HashMap<>();
              for (OccupationSkill os : concepts.taxonomy().skillsOf(uri)) {
                listed.merge(os.skillUri(), os.essential(), Boolean::logicalOr);
              }
              int e = 0;
              for (boolean b : listed.values()) {
                e += b ? 1 : 0;
              }
              return new int[] {e, listed.size() - e};
            });
    int essentials = g[0];
    int optionals = g[1];
    if (essential) {
      return (optionals == 0 ? 1 : essentialShare) / Math.max(1, essentials);
    }
    return (essentials == 0 ? 1 : 1 - essentialShare) / Math.max(1, optionals);
  }
}
