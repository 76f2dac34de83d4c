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

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An immutable set of occupations and skills with their relations. Build one with {@link
 * #builder()} or load one with the importers of this package. Thread-safe.
 */
public final class Taxonomy {
  private final ImmutableMap<String, Occupation> occupations;
  private final ImmutableMap<String, Skill> skills;
  private final ImmutableListMultimap<String, OccupationSkill> skillsByOccupation;
  private final ImmutableListMultimap<String, OccupationSkill> occupationsBySkill;
  private final ImmutableSetMultimap<String, String> broaderSkills;
  private final ImmutableSetMultimap<String, String> narrowerSkills;
  private final ImmutableSetMultimap<String, String> relatedSkills;
  private final ImmutableListMultimap<String, String> narrowerOccupations;
  private final ImmutableMap<String, Labels> iscoGroups;
  private final ImmutableMap<String, Labels> skillGroups;
  private final Supplier<ConceptResolver> resolver;
  private final Supplier<Similarity> similarity;
  private final Aliases aliases;

  private Taxonomy(Builder b) {
    this.occupations = ImmutableMap.copyOf(b.occupations);
    this.skills = ImmutableMap.copyOf(b.skills);
    ImmutableListMultimap.Builder<String, OccupationSkill> byOcc = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, OccupationSkill> bySkill =
        ImmutableListMultimap.builder();
    for (OccupationSkill r : b.relations) {
      byOcc.put(r.occupationUri(), r);
      bySkill.put(r.skillUri(), r);
    }
    this.skillsByOccupation = byOcc.build();
    this.occupationsBySkill = bySkill.build();
    ImmutableListMultimap.Builder<String, String> narrowerOcc = ImmutableListMultimap.builder();
    for (Occupation o : occupations.values()) {
      o.broader().ifPresent(p -> narrowerOcc.put(p, o.uri()));
    }
    this.narrowerOccupations = narrowerOcc.build();
    this.broaderSkills = ImmutableSetMultimap.copyOf(b.broaderSkills);
    this.narrowerSkills = broaderSkills.inverse();
    this.relatedSkills = ImmutableSetMultimap.copyOf(b.relatedSkills);
    this.iscoGroups = ImmutableMap.copyOf(b.iscoGroups);
    this.skillGroups = ImmutableMap.copyOf(b.skillGroups);
    this.aliases = Aliases.NONE;
    this.resolver = Suppliers.memoize(() -> new LuceneResolver(this));
    this.similarity = Suppliers.memoize(() -> new EscoSimilarity(this));
  }

  /** The same concepts and relations (shared, not copied) with another resolver. */
  private Taxonomy(Taxonomy base, Aliases aliases, Function<Taxonomy, ConceptResolver> resolver) {
    this.occupations = base.occupations;
    this.skills = base.skills;
    this.skillsByOccupation = base.skillsByOccupation;
    this.occupationsBySkill = base.occupationsBySkill;
    this.broaderSkills = base.broaderSkills;
    this.narrowerSkills = base.narrowerSkills;
    this.relatedSkills = base.relatedSkills;
    this.narrowerOccupations = base.narrowerOccupations;
    this.iscoGroups = base.iscoGroups;
    this.skillGroups = base.skillGroups;
    this.similarity = base.similarity;
    this.aliases = aliases;
    this.resolver = Suppliers.memoize(() -> resolver.apply(this));
  }

  /** {@return a builder of a taxonomy in code} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the occupation with this URI, if any}
   *
   * @param uri the URI
   */
  public Optional<Occupation> occupation(String uri) {
    return Optional.ofNullable(occupations.get(uri));
  }

  /**
   * {@return the skill with this URI, if any}
   *
   * @param uri the URI
   */
  public Optional<Skill> skill(String uri) {
    return Optional.ofNullable(skills.get(uri));
  }

  /** {@return all occupations, in load order} */
  public Collection<Occupation> occupations() {
    return occupations.values();
  }

  /** {@return all skills and knowledge concepts, in load order} */
  public Collection<Skill> skills() {
    return skills.values();
  }

  /**
   * Skills of an occupation, essential and optional, in load order.
   *
   * @param occupationUri the occupation's URI
   * @return the relations
   */
  public List<OccupationSkill> skillsOf(String occupationUri) {
    return skillsByOccupation.get(occupationUri);
  }

  /**
   * Occupations that need a skill, essential or optional.
   *
   * @param skillUri the skill's URI
   * @return the relations
   */
  public List<OccupationSkill> occupationsWith(String skillUri) {
    return occupationsBySkill.get(skillUri);
  }

  /**
   * Occupations whose {@link Occupation#broader()} is the given one, in load order.
   *
   * @param occupationUri the occupation's URI
   * @return the narrower occupations' URIs
   */
  public List<String> narrowerOccupations(String occupationUri) {
    return narrowerOccupations.get(occupationUri);
  }

  /** {@return number of occupation→skill relations} */
  public int relationCount() {
    return skillsByOccupation.size();
  }

  /**
   * {@return direct broader concepts of a skill: broader skills and skill groups}
   *
   * @param skillUri the skill's URI
   */
  public Set<String> broaderSkills(String skillUri) {
    return broaderSkills.get(skillUri);
  }

  /**
   * {@return direct narrower concepts of a skill or skill group}
   *
   * @param skillUri the skill's or skill group's URI
   */
  public Set<String> narrowerSkills(String skillUri) {
    return narrowerSkills.get(skillUri);
  }

  /**
   * Skills related to a skill by ESCO's skill→skill relations (either direction).
   *
   * @param skillUri the skill's URI
   * @return the related skills' URIs
   */
  public Set<String> relatedSkills(String skillUri) {
    return relatedSkills.get(skillUri);
  }

  /**
   * Labels of an ISCO-08 group by its code (1 to 4 digits), where loaded.
   *
   * @param code the ISCO-08 code
   * @return the labels
   */
  public Optional<Labels> iscoGroup(String code) {
    return Optional.ofNullable(iscoGroups.get(code));
  }

  /**
   * Labels of a skill group (a node of the skill hierarchy that is not itself a skill).
   *
   * @param uri the skill group's URI
   * @return the labels
   */
  public Optional<Labels> skillGroup(String uri) {
    return Optional.ofNullable(skillGroups.get(uri));
  }

  /**
   * Free-text label resolution over this taxonomy. Built on first use (for full ESCO a few seconds:
   * call it once at start-up where the first query must be fast), then shared.
   *
   * @return the resolver
   */
  public ConceptResolver resolver() {
    return resolver.get();
  }

  /**
   * This taxonomy with a user's alias list merged into label resolution (priority as documented in
   * {@link Aliases}), after any aliases it has already. Concepts, relations and similarity are
   * shared; the resolver is built anew on first use.
   *
   * @throws IllegalArgumentException when an alias names a concept that is not in this taxonomy
   *     (the message says which alias, and where it came from)
   * @param more the aliases
   * @return the taxonomy with the aliases
   */
  public Taxonomy withAliases(Aliases more) {
    requireNonNull(more, "aliases");
    for (int i = 0; i < more.size(); i++) {
      Aliases.Alias a = more.all().get(i);
      if (!occupations.containsKey(a.uri()) && !skills.containsKey(a.uri())) {
        throw new IllegalArgumentException(
            more.origin(i)
                + ": alias \""
                + a.text()
                + "\" names "
                + a.uri()
                + ", which is not an occupation or skill of the taxonomy");
      }
    }
    Aliases merged = aliases.and(more);
    return new Taxonomy(this, merged, t -> new LuceneResolver(t, merged));
  }

  /**
   * This taxonomy with another resolver, e.g. an application's own {@link ConceptResolver}; its
   * {@link #resolver()} is the given one (built lazily, once, from the returned taxonomy).
   * Concepts, relations and similarity are shared.
   *
   * @param resolver makes the resolver from this taxonomy
   * @return the taxonomy with that resolver
   */
  public Taxonomy withResolver(Function<Taxonomy, ConceptResolver> resolver) {
    requireNonNull(resolver, "resolver");
    return new Taxonomy(this, aliases, t -> requireNonNull(resolver.apply(t), "resolver"));
  }

  /** {@return the user aliases merged into this taxonomy's label resolution; none unless added} */
  public Aliases aliases() {
    return aliases;
  }

  /**
   * Concept similarity over this taxonomy, precomputed on first use (under a second for full ESCO),
   * then shared; cheap enough for the ranking hot path.
   *
   * @return the similarity
   */
  public Similarity similarity() {
    return similarity.get();
  }

  /**
   * Collects concepts and relations; {@link #build()} checks that relations name known concepts.
   */
  public static final class Builder {
    private final Map<String, Occupation> occupations = new LinkedHashMap<>();
    private final Map<String, Skill> skills = new LinkedHashMap<>();
    private final java.util.ArrayList<OccupationSkill> relations = new java.util.ArrayList<>();
    private final SetMultimap<String, String> broaderSkills =
        com.google.common.collect.LinkedHashMultimap.create();
    private final SetMultimap<String, String> relatedSkills =
        com.google.common.collect.LinkedHashMultimap.create();
    private final Map<String, Labels> iscoGroups = new LinkedHashMap<>();
    private final Map<String, Labels> skillGroups = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an occupation.
     *
     * @param occupation the occupation
     * @return this builder
     */
    public Builder occupation(Occupation occupation) {
      occupations.put(occupation.uri(), requireNonNull(occupation));
      return this;
    }

    /**
     * Adds a skill.
     *
     * @param skill the skill
     * @return this builder
     */
    public Builder skill(Skill skill) {
      skills.put(skill.uri(), requireNonNull(skill));
      return this;
    }

    /**
     * Adds an occupation→skill relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder relation(OccupationSkill relation) {
      relations.add(requireNonNull(relation));
      return this;
    }

    /**
     * Adds an occupation→skill relation.
     *
     * @param occupationUri the occupation's URI
     * @param skillUri the skill's URI
     * @param essential whether the skill is essential
     * @return this builder
     */
    public Builder relation(String occupationUri, String skillUri, boolean essential) {
      return relation(new OccupationSkill(occupationUri, skillUri, essential));
    }

    /**
     * {@code broaderUri} is a broader skill or a skill group of {@code skillUri}.
     *
     * @param skillUri the skill's URI
     * @param broaderUri the broader concept's URI
     * @return this builder
     */
    public Builder broaderSkill(String skillUri, String broaderUri) {
      broaderSkills.put(requireNonNull(skillUri), requireNonNull(broaderUri));
      return this;
    }

    /**
     * An ESCO skill→skill relation; stored in both directions.
     *
     * @param skillUri one skill's URI
     * @param otherUri the other's
     * @return this builder
     */
    public Builder relatedSkill(String skillUri, String otherUri) {
      relatedSkills.put(requireNonNull(skillUri), requireNonNull(otherUri));
      relatedSkills.put(otherUri, skillUri);
      return this;
    }

    /**
     * Adds the labels of an ISCO-08 group.
     *
     * @param code the group's code
     * @param labels its labels
     * @return this builder
     */
    public Builder iscoGroup(String code, Labels labels) {
      iscoGroups.put(requireNonNull(code), requireNonNull(labels));
      return this;
    }

    /**
     * Adds the labels of a skill group.
     *
     * @param uri the group's URI
     * @param labels its labels
     * @return this builder
     */
    public Builder skillGroup(String uri, Labels labels) {
      skillGroups.put(requireNonNull(uri), requireNonNull(labels));
      return this;
    }

    /**
     * The taxonomy.
     *
     * @throws IllegalStateException when a relation names an occupation or skill not added
     * @return the taxonomy
     */
    public Taxonomy build() {
      for (OccupationSkill r : relations) {
        if (!occupations.containsKey(r.occupationUri())) {
          throw new IllegalStateException("relation names unknown occupation " + r.occupationUri());
        }
        if (!skills.containsKey(r.skillUri())) {
          throw new IllegalStateException("relation names unknown skill " + r.skillUri());
        }
      }
      return new Taxonomy(this);
    }
  }
}
