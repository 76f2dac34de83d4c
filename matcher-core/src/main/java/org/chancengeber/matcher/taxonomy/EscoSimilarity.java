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
package org.chancengeber.matcher.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Similarity over a taxonomy, with the values documented in {@code package-info}. Concept URIs are
 * interned to ints; each skill's neighbourhood (hierarchy, related skills, co-occurrence) is
 * precomputed into sorted arrays, so {@link #skills} costs two hash look-ups and a binary search.
 * Occupations keep their broader occupation, ISCO group and sorted essential skills; {@link
 * #occupations} merges two short sorted arrays.
 */
final class EscoSimilarity implements Similarity {
  static final double SAME = 1.0;
  static final double SKILL_BROADER_NARROWER = 0.8;
  static final double SKILL_SIBLING = 0.6;
  static final double SKILL_GRANDPARENT = 0.6;
  static final double SKILL_RELATED = 0.5;
  static final double SKILL_SAME_GROUP = 0.4;
  static final double SKILL_CO_OCCURRENCE = 0.3;
  static final double CO_OCCURRENCE_MIN_JACCARD = 0.25;
  static final String TRANSVERSAL = "transversal";

  static final double OCC_BROADER_NARROWER = 0.8;
  static final double OCC_SIBLING = 0.7;
  static final double OCC_SAME_ISCO = 0.5;
  static final double OCC_SAME_ISCO_SKILLS = 0.3;
  static final double OCC_SKILLS = 0.6;

  private final Map<String, Integer> skillIds = new HashMap<>();
  private final int[][] neighbours;
  private final double[][] values;
  private final int[][] groups;

  private final Map<String, Integer> occIds = new HashMap<>();
  private final int[] occBroader;
  private final int[] occIsco;
  private final int[][] occEssential;

  EscoSimilarity(Taxonomy t) {
    for (Skill s : t.skills()) {
      skillIds.put(s.uri(), skillIds.size());
    }
    int n = skillIds.size();
    List<Map<Integer, Double>> near = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      near.add(new HashMap<>());
    }
    // skill groups: the groups met first when going up through broader skills
    Map<String, Integer> groupIds = new HashMap<>();
    groups = new int[n][];
    for (Skill s : t.skills()) {
      int a = skillIds.get(s.uri());
      List<Integer> g = new ArrayList<>();
      collectGroups(t, s.uri(), groupIds, g, 0);
      groups[a] = g.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
      for (String p : t.broaderSkills(s.uri())) {
        Integer b = skillIds.get(p);
        if (b == null) {
          continue;
        }
        if (transversal(t, p)) {
          // "think critically", "advise others": a way of working shared across all domains, so
          // it links like a skill group, and its other narrower skills are not siblings
          put(near, a, b, SKILL_SAME_GROUP);
          continue;
        }
        put(near, a, b, SKILL_BROADER_NARROWER);
        for (String sib : t.narrowerSkills(p)) {
          Integer c = skillIds.get(sib);
          if (c != null && c != a) {
            put(near, a, c, SKILL_SIBLING);
          }
        }
        for (String gp : t.broaderSkills(p)) {
          Integer c = skillIds.get(gp);
          if (c != null && c != a && !transversal(t, gp)) {
            put(near, a, c, SKILL_GRANDPARENT);
          }
        }
      }
      for (String r : t.relatedSkills(s.uri())) {
        Integer b = skillIds.get(r);
        if (b != null && b != a) {
          put(near, a, b, SKILL_RELATED);
        }
      }
    }
    coOccurrence(t, near);
    neighbours = new int[n][];
    values = new double[n][];
    for (int i = 0; i < n; i++) {
      TreeMap<Integer, Double> m = new TreeMap<>(near.get(i));
      neighbours[i] = m.keySet().stream().mapToInt(Integer::intValue).toArray();
      values[i] = new double[m.size()];
      int j = 0;
      for (double v : m.values()) {
        values[i][j++] = v;
      }
    }

    for (Occupation o : t.occupations()) {
      occIds.put(o.uri(), occIds.size());
    }
    int m = occIds.size();
    occBroader = new int[m];
    occIsco = new int[m];
    occEssential = new int[m][];
    Map<String, Integer> iscoIds = new HashMap<>();
    for (Occupation o : t.occupations()) {
      int a = occIds.get(o.uri());
      occBroader[a] = o.broader().map(occIds::get).orElse(-1);
      occIsco[a] =
          o.iscoGroup().isEmpty()
              ? -1
              : iscoIds.computeIfAbsent(o.iscoGroup(), k -> iscoIds.size());
      occEssential[a] =
          t.skillsOf(o.uri()).stream()
              .filter(OccupationSkill::essential)
              .mapToInt(r -> skillIds.get(r.skillUri()))
              .sorted()
              .distinct()
              .toArray();
    }
  }

  private static void collectGroups(
      Taxonomy t, String uri, Map<String, Integer> groupIds, List<Integer> out, int depth) {
    if (depth > 8) {
      return; // guards against cycles in a hand-made hierarchy
    }
    for (String p : t.broaderSkills(uri)) {
      if (t.skill(p).isPresent()) {
        if (!transversal(t, p)) {
          collectGroups(t, p, groupIds, out, depth + 1);
        }
      } else {
        out.add(groupIds.computeIfAbsent(p, k -> groupIds.size()));
      }
    }
  }

  /** ESCO's reuse level "transversal": relevant across all occupations and sectors. */
  static boolean transversal(Taxonomy t, String skillUri) {
    return t.skill(skillUri).map(s -> s.reuseLevel().equals(TRANSVERSAL)).orElse(false);
  }

  private static void put(List<Map<Integer, Double>> near, int a, int b, double v) {
    near.get(a).merge(b, v, Math::max);
    near.get(b).merge(a, v, Math::max);
  }

  /** Skills essential for mostly the same occupations (Jaccard ≥ 0.25) are somewhat similar. */
  private void coOccurrence(Taxonomy t, List<Map<Integer, Double>> near) {
    int n = skillIds.size();
    List<int[]> essentialOf = new ArrayList<>();
    int[] count = new int[n];
    for (Occupation o : t.occupations()) {
      int[] e =
          t.skillsOf(o.uri()).stream()
              .filter(OccupationSkill::essential)
              .mapToInt(r -> skillIds.get(r.skillUri()))
              .distinct()
              .toArray();
      essentialOf.add(e);
      for (int s : e) {
        count[s]++;
      }
    }
    List<List<int[]>> occsOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      occsOf.add(new ArrayList<>());
    }
    for (int[] e : essentialOf) {
      for (int s : e) {
        occsOf.get(s).add(e);
      }
    }
    int[] together = new int[n];
    int[] touched = new int[n];
    for (int a = 0; a < n; a++) {
      int k = 0;
      for (int[] e : occsOf.get(a)) {
        for (int b : e) {
          if (b > a) {
            if (together[b]++ == 0) {
              touched[k++] = b;
            }
          }
        }
      }
      for (int i = 0; i < k; i++) {
        int b = touched[i];
        double jaccard = (double) together[b] / (count[a] + count[b] - together[b]);
        if (jaccard >= CO_OCCURRENCE_MIN_JACCARD) {
          put(near, a, b, SKILL_CO_OCCURRENCE);
        }
        together[b] = 0;
      }
    }
  }

  @Override
  public double skills(String a, String b) {
    if (a.equals(b)) {
      return SAME;
    }
    Integer x = skillIds.get(a);
    Integer y = skillIds.get(b);
    if (x == null || y == null) {
      return 0;
    }
    int i = Arrays.binarySearch(neighbours[x], y);
    double v = i >= 0 ? values[x][i] : 0;
    if (v < SKILL_SAME_GROUP && intersects(groups[x], groups[y])) {
      v = SKILL_SAME_GROUP;
    }
    return v;
  }

  @Override
  public double occupations(String a, String b) {
    if (a.equals(b)) {
      return SAME;
    }
    Integer x = occIds.get(a);
    Integer y = occIds.get(b);
    if (x == null || y == null) {
      return 0;
    }
    if (occBroader[x] == y || occBroader[y] == x) {
      return OCC_BROADER_NARROWER;
    }
    if (occBroader[x] >= 0 && occBroader[x] == occBroader[y]) {
      return OCC_SIBLING;
    }
    double j = jaccard(occEssential[x], occEssential[y]);
    if (occIsco[x] >= 0 && occIsco[x] == occIsco[y]) {
      return OCC_SAME_ISCO + OCC_SAME_ISCO_SKILLS * j;
    }
    return OCC_SKILLS * j;
  }

  private static boolean intersects(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
