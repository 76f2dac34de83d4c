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
package org.chancengeber.matcher.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The occupations of a taxonomy prepared for drawing: weights (entry occupations of the seeds'
 * sectors and elementary/craft/service groups weigh more), requirement levels, skills.
 */
final class Occupations {
  /** One occupation with what the generator needs of it. */
  record Entry(
      Occupation occupation,
      RequirementLevel level,
      boolean care,
      List<OccupationSkill> essential,
      List<OccupationSkill> optional) {
    String uri() {
      return occupation.uri();
    }

    String isco() {
      return occupation.iscoGroup();
    }

    /** Whether one can train for it in Germany (dual training leads to skilled work). */
    boolean trainable() {
      return level == RequirementLevel.SKILLED && !essential.isEmpty();
    }
  }

  private static final String ENTRY_RESOURCE =
      "/org/chancengeber/matcher/samples/entry-occupations.txt";
  private static final double ENTRY_BOOST = 40;

  private final List<Entry> all;
  private final double[] cumulative;
  private final List<Entry> trainable;
  private final double[] trainableCumulative;

  Occupations(Taxonomy taxonomy) {
    Set<String> entry = entryOccupations();
    List<Entry> entries = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Occupation o : taxonomy.occupations()) {
      List<OccupationSkill> skills = taxonomy.skillsOf(o.uri());
      if (skills.isEmpty()) {
        continue;
      }
      List<OccupationSkill> ess = skills.stream().filter(OccupationSkill::essential).toList();
      List<OccupationSkill> opt = skills.stream().filter(s -> !s.essential()).toList();
      RequirementLevel level = o.requirementLevel().orElseGet(() -> levelOfIsco(o.iscoGroup()));
      entries.add(new Entry(o, level, isCare(o.iscoGroup()), ess, opt));
      double w = majorGroupWeight(o.iscoGroup());
      weights.add(entry.contains(o.uri()) ? w * ENTRY_BOOST : w);
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("taxonomy has no occupation with skills to draw from");
    }
    this.all = List.copyOf(entries);
    this.cumulative = cumulate(weights);
    List<Entry> train = new ArrayList<>();
    List<Double> trainWeights = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).trainable()) {
        train.add(all.get(i));
        trainWeights.add(weights.get(i));
      }
    }
    this.trainable = train.isEmpty() ? all : List.copyOf(train);
    this.trainableCumulative = train.isEmpty() ? cumulative : cumulate(trainWeights);
  }

  List<Entry> all() {
    return all;
  }

  Entry pick(SplittableRandom random) {
    return all.get(index(cumulative, random));
  }

  Entry pickTrainable(SplittableRandom random) {
    return trainable.get(index(trainableCumulative, random));
  }

  /** An occupation in the same ISCO sub-major group (2 digits) as {@code anchor}, else anchor. */
  Entry pickRelated(Entry anchor, SplittableRandom random) {
    String prefix = anchor.isco().length() >= 2 ? anchor.isco().substring(0, 2) : anchor.isco();
    for (int attempt = 0; attempt < 8; attempt++) {
      Entry e = pick(random);
      if (e.isco().startsWith(prefix)) {
        return e;
      }
    }
    return anchor;
  }

  static RequirementLevel levelOfIsco(String isco) {
    if (isco.isEmpty()) {
      return RequirementLevel.SKILLED;
    }
    return switch (isco.charAt(0)) {
      case '9' -> RequirementLevel.HELPER;
      case '3' -> RequirementLevel.SPECIALIST;
      case '1', '2' -> RequirementLevel.EXPERT;
      default -> RequirementLevel.SKILLED;
    };
  }

  /** Health and care occupations, which ask for German B2 (DOMAIN.md). */
  static boolean isCare(String isco) {
    return isco.startsWith("222")
        || isco.startsWith("532")
        || isco.startsWith("3412")
        || isco.startsWith("2221");
  }

  private static double majorGroupWeight(String isco) {
    if (isco.isEmpty()) {
      return 1;
    }
    return switch (isco.charAt(0)) {
      case '9' -> 5;
      case '7', '5' -> 4;
      case '8' -> 3;
      case '3', '4' -> 2;
      case '6', '2' -> 1;
      case '1' -> 0.3;
      default -> 0.1;
    };
  }

  private static double[] cumulate(List<Double> weights) {
    double[] c = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += weights.get(i);
      c[i] = sum;
    }
    return c;
  }

  private static int index(double[] cumulative, SplittableRandom random) {
    double r = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static Set<String> entryOccupations() {
    InputStream in = Occupations.class.getResourceAsStream(ENTRY_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + ENTRY_RESOURCE);
    }
    Set<String> uris = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          uris.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uris;
  }
}
