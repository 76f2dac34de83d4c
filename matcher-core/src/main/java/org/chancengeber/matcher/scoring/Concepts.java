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

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.ConceptResolver;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Similarity;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Concept references turned into dense int ids, with their labels and their neighbourhoods in the
 * taxonomy (computed once per concept and cached). Free text is resolved through the taxonomy's
 * resolver; text that does not resolve confidently becomes a concept of its own ({@code
 * text:lang:words}) that only the same words match. Thread-safe.
 */
final class Concepts {
  private static final int CACHE_LIMIT = 200_000;
  private static final String TEXT_PREFIX = "text:";
  private static final String TRANSVERSAL = "transversal";

  private final Taxonomy taxonomy;
  private final ScoringProfile profile;
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, String> keys = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  private final ConcurrentHashMap<String, Resolved> resolutions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, Neighbours> skillNeighbours = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, Neighbours> occupationNeighbours =
      new ConcurrentHashMap<>();
  private final Supplier<ListMultimap<String, String>> childrenOf;
  private final Supplier<ListMultimap<String, String>> byIscoGroup;
  private final Supplier<Scale> scale;
  private final ConcurrentHashMap<Integer, Specificity> specificities = new ConcurrentHashMap<>();

  Concepts(Taxonomy taxonomy, ScoringProfile profile) {
    this.taxonomy = taxonomy;
    this.profile = profile;
    this.childrenOf =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
              for (Occupation o : taxonomy.occupations()) {
                o.broader().ifPresent(p -> b.put(p, o.uri()));
              }
              return b.build();
            });
    this.byIscoGroup =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
              for (Occupation o : taxonomy.occupations()) {
                if (!o.iscoGroup().isEmpty()) {
                  b.put(o.iscoGroup(), o.uri());
                }
              }
              return b.build();
            });
    this.scale = Suppliers.memoize(() -> Scale.of(taxonomy));
  }

  Taxonomy taxonomy() {
    return taxonomy;
  }

  /** A concept reference resolved to an id, with a note on how free text was resolved. */
  record Resolved(int id, String key, String label, double confidence, Optional<Message> note) {}

  /** The id of a concept key (URI or text key), assigned on first use. */
  int id(String key) {
    Integer id = ids.get(key);
    if (id != null) {
      return id;
    }
    return ids.computeIfAbsent(
        key,
        k -> {
          int n = nextId.getAndIncrement();
          keys.put(n, k);
          return n;
        });
  }

  String key(int id) {
    return keys.getOrDefault(id, "");
  }

  /** The keys of all ids assigned so far, by id. */
  List<String> keys() {
    int n = nextId.get();
    List<String> out = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String k;
      while ((k = keys.get(i)) == null) {
        Thread.onSpinWait(); // assigned by another thread this instant, its key not put yet
      }
      out.add(k);
    }
    return out;
  }

  /**
   * Assigns ids 0, 1, ... to {@code keys} in order, as {@link #keys()} listed them, so that ids
   * stored elsewhere (in an index) mean the same concepts again. Call it before any other id is
   * assigned.
   *
   * @throws IllegalStateException when an id was assigned to another key already
   */
  synchronized void restore(List<String> restored) {
    for (int i = 0; i < restored.size(); i++) {
      String k = restored.get(i);
      Integer existing = ids.get(k);
      if (existing != null ? existing != i : nextId.get() != i) {
        throw new IllegalStateException(
            "concept ids are assigned already: cannot give " + k + " the id " + i);
      }
      if (existing == null) {
        keys.put(i, k);
        ids.put(k, i);
        nextId.incrementAndGet();
      }
    }
  }

  private final ConcurrentHashMap<Integer, String> labels = new ConcurrentHashMap<>();

  /** A readable label for a concept id (English preferred label, else any; text as written). */
  String label(int id) {
    String label = labels.get(id);
    if (label == null) {
      label = computeLabel(id);
      if (labels.size() < CACHE_LIMIT) {
        labels.put(id, label);
      }
    }
    return label;
  }

  private String computeLabel(int id) {
    String key = key(id);
    if (key.startsWith(TEXT_PREFIX)) {
      int colon = key.indexOf(':', TEXT_PREFIX.length());
      return key.substring(colon + 1);
    }
    Optional<String> label =
        taxonomy
            .skill(key)
            .map(s -> s.labels().best("en"))
            .or(() -> taxonomy.occupation(key).map(o -> o.labels().best("en")))
            .or(() -> taxonomy.skillGroup(key).map(l -> l.best("en")))
            .filter(l -> !l.isEmpty());
    return label.orElse(key);
  }

  private final ConcurrentHashMap<Integer, String> terms = new ConcurrentHashMap<>();

  /**
   * A concept as a message argument: its preferred labels in every language the taxonomy has, so
   * that it renders in the output language ({@link Message#concept}); a text as written.
   */
  String term(int id) {
    String term = terms.get(id);
    if (term == null) {
      String key = key(id);
      Optional<org.chancengeber.matcher.taxonomy.Labels> labels =
          key.startsWith(TEXT_PREFIX)
              ? Optional.empty()
              : taxonomy
                  .skill(key)
                  .map(s -> s.labels())
                  .or(() -> taxonomy.occupation(key).map(o -> o.labels()))
                  .or(() -> taxonomy.skillGroup(key));
      term = labels.isPresent() ? Message.concept(labels.get().preferred(), label(id)) : label(id);
      if (terms.size() < CACHE_LIMIT) {
        terms.put(id, term);
      }
    }
    return term;
  }

  /** Resolves a reference to an occupation or skill. */
  Resolved resolve(ConceptRef ref, ConceptType type) {
    return switch (ref) {
      case ConceptRef.Id id -> resolveId(id.uri(), type);
      case ConceptRef.Text text -> resolveText(text, type);
    };
  }

  /** Resolutions of ids, one map per type: preparing an offer resolves each of its skills. */
  private final ConcurrentHashMap<String, Resolved> skillIds = new ConcurrentHashMap<>();

  private final ConcurrentHashMap<String, Resolved> occupationIds = new ConcurrentHashMap<>();

  private Resolved resolveId(String uri, ConceptType type) {
    ConcurrentHashMap<String, Resolved> cache =
        type == ConceptType.SKILL ? skillIds : occupationIds;
    Resolved cached = cache.get(uri);
    if (cached != null) {
      return cached;
    }
    Resolved r = computeResolveId(uri, type);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(uri, r);
    }
    return r;
  }

  private Resolved computeResolveId(String uri, ConceptType type) {
    int id = id(uri);
    boolean known =
        type == ConceptType.SKILL
            ? taxonomy.skill(uri).isPresent() || taxonomy.skillGroup(uri).isPresent()
            : taxonomy.occupation(uri).isPresent();
    return new Resolved(
        id,
        uri,
        label(id),
        known ? 1 : 0,
        known ? Optional.empty() : Optional.of(Message.of("scoring.resolution.unknown_id", uri)));
  }

  private Resolved resolveText(ConceptRef.Text text, ConceptType type) {
    String cacheKey = type + "|" + text.lang() + "|" + text.text();
    Resolved cached = resolutions.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    ConceptResolver resolver = taxonomy.resolver();
    List<ConceptResolver.Resolution> found =
        resolver.resolve(text.text(), text.lang(), Optional.of(type), 1);
    Resolved r;
    if (!found.isEmpty() && found.get(0).score() >= profile.minResolutionConfidence()) {
      ConceptResolver.Resolution best = found.get(0);
      int id = id(best.uri());
      r =
          new Resolved(
              id,
              best.uri(),
              best.label().isEmpty() ? label(id) : best.label(),
              best.score(),
              Optional.of(
                  Message.of(
                      "scoring.resolution.text",
                      text.text(),
                      text.lang(),
                      best.label(),
                      Format.two(best.score()))));
    } else {
      String words = text.text().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String key = TEXT_PREFIX + text.lang() + ":" + words;
      r =
          new Resolved(
              id(key),
              key,
              words,
              0,
              Optional.of(
                  Message.of(
                      "scoring.resolution.unresolved",
                      text.text(),
                      text.lang(),
                      Format.two(found.isEmpty() ? 0 : found.get(0).score()))));
    }
    if (resolutions.size() < CACHE_LIMIT) {
      resolutions.put(cacheKey, r);
    }
    return r;
  }

  /** How a skill's specificity was found. */
  enum SpecificityKind {
    /** From the number of occupations whose profile lists the skill. */
    LISTED,
    /** A transversal skill or a skill group: as generic as the most widely listed skill. */
    GENERIC,
    /** Not in any occupation profile (free text, an unlisted skill): the average. */
    UNKNOWN
  }

  /**
   * How much a required skill tells about the job: {@code ln(1 + N / n)}, with {@code N} the
   * occupations of the taxonomy and {@code n} those whose profile lists the skill (essential or
   * optional). Depends on the taxonomy only, never on the offers indexed.
   *
   * @param value the specificity, positive
   * @param occupations {@code n}; for GENERIC the {@code n} of the most widely listed skill, for
   *     UNKNOWN 0
   * @param of {@code N}
   */
  record Specificity(double value, int occupations, int of, SpecificityKind kind) {}

  /** Specificity of skill {@code id} (see {@link Specificity}); cached. */
  Specificity specificity(int id) {
    Specificity s = specificities.get(id);
    if (s == null) {
      s = computeSpecificity(id);
      if (specificities.size() < CACHE_LIMIT) {
        specificities.put(id, s);
      }
    }
    return s;
  }

  private Specificity computeSpecificity(int id) {
    Scale sc = scale.get();
    String uri = key(id);
    Optional<Skill> skill = taxonomy.skill(uri);
    boolean transversal = skill.map(k -> k.reuseLevel().equals(TRANSVERSAL)).orElse(false);
    if (transversal || taxonomy.skillGroup(uri).isPresent()) {
      return new Specificity(
          Scale.idf(sc.occupations(), sc.widest()),
          sc.widest(),
          sc.occupations(),
          SpecificityKind.GENERIC);
    }
    int n = skill.isPresent() ? listedBy(taxonomy, uri) : 0;
    if (n == 0) {
      return new Specificity(sc.mean(), 0, sc.occupations(), SpecificityKind.UNKNOWN);
    }
    return new Specificity(
        Scale.idf(sc.occupations(), n), n, sc.occupations(), SpecificityKind.LISTED);
  }

  private static int listedBy(Taxonomy taxonomy, String skillUri) {
    List<OccupationSkill> with = taxonomy.occupationsWith(skillUri);
    return (int) with.stream().map(OccupationSkill::occupationUri).distinct().count();
  }

  /**
   * What specificities are measured against: the number of occupations, the widest-listed skill,
   * the mean over listed skills.
   */
  private record Scale(int occupations, int widest, double mean) {
    static double idf(int occupations, int listedBy) {
      return Math.log1p((double) occupations / listedBy);
    }

    static Scale of(Taxonomy taxonomy) {
      int occupations = taxonomy.occupations().size();
      int widest = 1;
      double sum = 0;
      int listed = 0;
      for (Skill s : taxonomy.skills()) {
        int n = listedBy(taxonomy, s.uri());
        if (n > 0 && !s.reuseLevel().equals(TRANSVERSAL)) {
          widest = Math.max(widest, n);
          sum += idf(occupations, n);
          listed++;
        }
      }
      return new Scale(Math.max(1, occupations), widest, listed == 0 ? 1 : sum / listed);
    }
  }

  /** The skills close to skill {@code id}: itself, broader, narrower, related, same group. */
  Neighbours skillNeighbours(int id) {
    Neighbours n = skillNeighbours.get(id);
    if (n == null) {
      n = computeSkillNeighbours(id);
      skillNeighbours.putIfAbsent(id, n);
    }
    return n;
  }

  /** The occupations close to occupation {@code id}: itself, broader, narrower, same group. */
  Neighbours occupationNeighbours(int id) {
    Neighbours n = occupationNeighbours.get(id);
    if (n == null) {
      n = computeOccupationNeighbours(id);
      occupationNeighbours.putIfAbsent(id, n);
    }
    return n;
  }

  private Neighbours computeSkillNeighbours(int id) {
    String uri = key(id);
    Map<String, Relation> around = new LinkedHashMap<>();
    if (taxonomy.skill(uri).isPresent() || taxonomy.skillGroup(uri).isPresent()) {
      taxonomy.broaderSkills(uri).forEach(b -> around.putIfAbsent(b, Relation.BROADER));
      taxonomy.narrowerSkills(uri).forEach(b -> around.putIfAbsent(b, Relation.NARROWER));
      taxonomy.relatedSkills(uri).forEach(b -> around.putIfAbsent(b, Relation.RELATED));
      for (String b : taxonomy.broaderSkills(uri)) {
        taxonomy.narrowerSkills(b).forEach(s -> around.putIfAbsent(s, Relation.SAME_GROUP));
      }
    }
    around.remove(uri);
    Similarity sim = taxonomy.similarity();
    return rank(id, around, sim::skills, profile.skillNeighbours());
  }

  private Neighbours computeOccupationNeighbours(int id) {
    String uri = key(id);
    Map<String, Relation> around = new LinkedHashMap<>();
    Optional<Occupation> occupation = taxonomy.occupation(uri);
    if (occupation.isPresent()) {
      occupation.get().broader().ifPresent(b -> around.putIfAbsent(b, Relation.BROADER));
      childrenOf.get().get(uri).forEach(c -> around.putIfAbsent(c, Relation.NARROWER));
      occupation
          .get()
          .broader()
          .ifPresent(
              b ->
                  childrenOf.get().get(b).forEach(s -> around.putIfAbsent(s, Relation.SAME_GROUP)));
      if (!occupation.get().iscoGroup().isEmpty()) {
        byIscoGroup
            .get()
            .get(occupation.get().iscoGroup())
            .forEach(s -> around.putIfAbsent(s, Relation.SAME_GROUP));
      }
    }
    around.remove(uri);
    Similarity sim = taxonomy.similarity();
    return rank(id, around, sim::occupations, profile.occupationNeighbours());
  }

  private interface Measure {
    double apply(String a, String b);
  }

  private Neighbours rank(int id, Map<String, Relation> around, Measure measure, int limit) {
    String uri = key(id);
    record Near(String uri, double sim, Relation relation) {}
    List<Near> near = new ArrayList<>();
    for (Map.Entry<String, Relation> e : around.entrySet()) {
      double s = measure.apply(uri, e.getKey());
      if (s > 0) {
        near.add(new Near(e.getKey(), Math.min(1, s), e.getValue()));
      }
    }
    near.sort(
        Comparator.comparingDouble((Near n) -> -n.sim())
            .thenComparing(Near::relation)
            .thenComparing(Near::uri));
    int n = Math.min(near.size(), limit - 1) + 1;
    int[] ids = new int[n];
    float[] sims = new float[n];
    Relation[] rels = new Relation[n];
    ids[0] = id;
    sims[0] = 1;
    rels[0] = Relation.SAME;
    for (int i = 1; i < n; i++) {
      Near x = near.get(i - 1);
      ids[i] = id(x.uri());
      sims[i] = (float) x.sim();
      rels[i] = x.relation();
    }
    return new Neighbours(ids, sims, rels);
  }
}
