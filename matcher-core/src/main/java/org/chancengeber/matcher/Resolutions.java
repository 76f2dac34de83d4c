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
package org.chancengeber.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.Understanding;

/**
 * The free-text concepts of people and offers with how the taxonomy's resolver understood them, at
 * the threshold the scorer uses. Cached per text (up to {@value #CACHE_LIMIT}). Thread-safe.
 */
final class Resolutions {
  private static final int CACHE_LIMIT = 200_000;

  private final Taxonomy taxonomy;
  private final double threshold;
  private final ConcurrentHashMap<String, Understanding> cache = new ConcurrentHashMap<>();

  Resolutions(Taxonomy taxonomy, double threshold) {
    this.taxonomy = taxonomy;
    this.threshold = threshold;
  }

  List<ClaimResolution> of(Candidate c) {
    List<ClaimResolution> out = new ArrayList<>();
    for (int i = 0; i < c.skills().size(); i++) {
      add(out, "skills[" + i + "].skill", c.skills().get(i).skill(), ConceptType.SKILL);
    }
    for (int i = 0; i < c.experience().size(); i++) {
      add(out, "experience[" + i + "].occupation", c.experience().get(i).occupation(), occ());
    }
    for (int i = 0; i < c.qualifications().size(); i++) {
      add(
          out,
          "qualifications[" + i + "].occupation",
          c.qualifications().get(i).occupation(),
          occ());
    }
    for (int i = 0; i < c.measures().size(); i++) {
      String field = "measures[" + i + "].occupation";
      c.measures().get(i).occupation().ifPresent(r -> add(out, field, r, occ()));
    }
    List<ConceptRef> preferred = c.preferences().occupations();
    for (int i = 0; i < preferred.size(); i++) {
      add(out, "preferences.occupations[" + i + "]", preferred.get(i), occ());
    }
    return out;
  }

  List<ClaimResolution> of(Vacancy v) {
    List<ClaimResolution> out = new ArrayList<>();
    v.occupation().ifPresent(r -> add(out, "occupation", r, occ()));
    for (int i = 0; i < v.skills().size(); i++) {
      add(out, "skills[" + i + "].skill", v.skills().get(i).skill(), ConceptType.SKILL);
    }
    return out;
  }

  private static ConceptType occ() {
    return ConceptType.OCCUPATION;
  }

  private void add(List<ClaimResolution> out, String field, ConceptRef ref, ConceptType type) {
    if (ref instanceof ConceptRef.Text t) {
      out.add(new ClaimResolution(field, understand(t, type)));
    }
  }

  private Understanding understand(ConceptRef.Text t, ConceptType type) {
    String key = type + "|" + t.lang() + "|" + t.text();
    Understanding u = cache.get(key);
    if (u == null) {
      u = taxonomy.resolver().understand(t.text(), t.lang(), type, threshold);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(key, u);
      }
    }
    return u;
  }
}
