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
import java.util.Locale;
import java.util.Map;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The baseline for title resolution: TF-IDF cosine over words, one document per occupation made of
 * its English preferred and alternative labels. Lower-cased words of letters and digits, {@code tf
 * = 1 + ln(count)}, {@code idf = ln(N / df)}; no stemming, no taxonomy beyond the labels.
 */
final class TfIdfTitles {
  private final List<String> uris = new ArrayList<>();
  private final List<Map<String, Double>> vectors = new ArrayList<>();
  private final Map<String, Double> idf = new HashMap<>();

  TfIdfTitles(Taxonomy taxonomy) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Occupation o : taxonomy.occupations()) {
      StringBuilder text = new StringBuilder(o.labels().preferred().getOrDefault("en", ""));
      o.labels()
          .alternatives()
          .getOrDefault("en", List.of())
          .forEach(a -> text.append(' ').append(a));
      Map<String, Integer> tf = new HashMap<>();
      words(text.toString()).forEach(w -> tf.merge(w, 1, Integer::sum));
      tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      uris.add(o.uri());
      counts.add(tf);
    }
    int n = counts.size();
    df.forEach((w, d) -> idf.put(w, Math.log((double) n / d)));
    for (Map<String, Integer> tf : counts) {
      vectors.add(normalised(tf));
    }
  }

  /** The {@code k} occupations most similar to {@code title}, best first (ties by URI). */
  List<String> rank(String title, int k) {
    Map<String, Integer> tf = new HashMap<>();
    words(title).forEach(w -> tf.merge(w, 1, Integer::sum));
    Map<String, Double> q = normalised(tf);
    record Scored(String uri, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      double dot = 0;
      for (var e : q.entrySet()) {
        dot += e.getValue() * vectors.get(i).getOrDefault(e.getKey(), 0.0);
      }
      if (dot > 0) {
        scored.add(new Scored(uris.get(i), dot));
      }
    }
    scored.sort(
        java.util.Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::uri));
    return scored.stream().limit(k).map(Scored::uri).toList();
  }

  private Map<String, Double> normalised(Map<String, Integer> tf) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (var e : tf.entrySet()) {
      double x = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
      if (x > 0) {
        v.put(e.getKey(), x);
        norm += x * x;
      }
    }
    double len = Math.sqrt(norm);
    v.replaceAll((w, x) -> x / len);
    return v;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
