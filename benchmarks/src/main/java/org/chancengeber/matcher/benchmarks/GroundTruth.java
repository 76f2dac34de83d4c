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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * People and offers drawn from a taxonomy's occupation→skill relations, with graded relevance: the
 * ground truth of the {@link QualityEvaluation}.
 *
 * <p>Each offer is for one occupation and lists a sample of its essential skills (as essential) and
 * of its optional skills (as optional); its title is the occupation's label and its description
 * names the skills, as a job advert does. Each person comes from one occupation of the offers: they
 * claim each essential skill with probability {@code keepEssential}, each optional one with {@code
 * keepOptional}, plus {@code noiseSkills} skills drawn from the whole taxonomy (noise), and no
 * occupation at all — the ranking must find their occupation from their skills alone.
 *
 * <p>So that relevance is decided by skills and nothing else, everything else is the same for every
 * pair: people and offers are at one place in one city (people travel up to 50 km), every person is
 * a recognised refugee (work allowed) aged 31 with German B2 and a school certificate, every offer
 * is a job that needs German B1, no licence, no certificate, starts now, from an employer without
 * particular support (so the support factor is equal too).
 *
 * <p>Relevance of an offer for a person: 3 when it is for the person's occupation, 2 when its
 * occupation is in the same ISCO-08 unit group (4 digits), 1 in the same minor group (3 digits), 0
 * otherwise. Deterministic by seed.
 */
final class GroundTruth implements GradedTruth {
  static final Location CITY = Location.of(51.3127, 9.4797, "Kassel");

  /**
   * How to draw the ground truth.
   *
   * @param people number of people
   * @param occupations number of occupations with offers; 0 means every usable occupation
   * @param offersPerOccupation offers per occupation
   * @param keepEssential chance that a person claims an essential skill of their occupation
   * @param keepOptional chance that a person claims an optional skill of their occupation
   * @param noiseSkills skills from anywhere in the taxonomy added to each person
   * @param lang language of titles and descriptions
   */
  record Settings(
      int people,
      int occupations,
      int offersPerOccupation,
      double keepEssential,
      double keepOptional,
      int noiseSkills,
      long seed,
      String lang) {
    Settings {
      requireAtLeast("people", people, 1);
      requireAtLeast("occupations", occupations, 0);
      requireAtLeast("offersPerOccupation", offersPerOccupation, 1);
      requireAtLeast("noiseSkills", noiseSkills, 0);
      requireShare("keepEssential", keepEssential);
      requireShare("keepOptional", keepOptional);
    }

    static Settings defaults() {
      return new Settings(1000, 0, 2, 0.6, 0.2, 2, 42, "en");
    }

    private static void requireAtLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " (" + value + ") must be at least " + min);
      }
    }

    private static void requireShare(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " (" + value + ") must be in 0..1");
      }
    }
  }

  /** Occupations need at least this many essential skills to give a person something to claim. */
  static final int MIN_ESSENTIAL_SKILLS = 3;

  private static final int MAX_ESSENTIAL_PER_OFFER = 10;
  private static final int MAX_OPTIONAL_PER_OFFER = 4;
  private static final int DESCRIBED_SKILLS = 6;

  private final List<Candidate> people;
  private final List<Vacancy> offers;
  private final Map<String, Occupation> occupationOf;

  private GroundTruth(
      List<Candidate> people, List<Vacancy> offers, Map<String, Occupation> occupationOf) {
    this.people = List.copyOf(people);
    this.offers = List.copyOf(offers);
    this.occupationOf = Map.copyOf(occupationOf);
  }

  /**
   * Draws people and offers from {@code taxonomy}.
   *
   * @throws IllegalArgumentException when no occupation has {@value #MIN_ESSENTIAL_SKILLS}
   *     essential skills and an ISCO unit group
   */
  static GroundTruth draw(Taxonomy taxonomy, Settings settings) {
    Random random = new Random(settings.seed());
    List<Occupation> usable =
        taxonomy.occupations().stream()
            .filter(o -> o.iscoGroup().length() == 4)
            .filter(o -> skillsOf(taxonomy, o, true).size() >= MIN_ESSENTIAL_SKILLS)
            .sorted(Comparator.comparing(Occupation::uri))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    if (usable.isEmpty()) {
      throw new IllegalArgumentException(
          "no occupation has "
              + MIN_ESSENTIAL_SKILLS
              + " essential skills and an ISCO unit group: cannot draw a ground truth");
    }
    Collections.shuffle(usable, random);
    List<Occupation> chosen =
        settings.occupations() == 0
            ? usable
            : usable.subList(0, Math.min(settings.occupations(), usable.size()));
    List<Skill> allSkills =
        taxonomy.skills().stream().sorted(Comparator.comparing(Skill::uri)).toList();

    Map<String, Occupation> occupationOf = new HashMap<>();
    List<Vacancy> offers = new ArrayList<>();
    for (Occupation occupation : chosen) {
      for (int j = 0; j < settings.offersPerOccupation(); j++) {
        Vacancy offer = offer("v-" + offers.size(), occupation, taxonomy, settings.lang(), random);
        offers.add(offer);
        occupationOf.put(offer.id(), occupation);
      }
    }
    List<Candidate> people = new ArrayList<>();
    for (int i = 0; i < settings.people(); i++) {
      Occupation occupation = chosen.get(random.nextInt(chosen.size()));
      Candidate person = person("c-" + i, occupation, taxonomy, allSkills, settings, random);
      people.add(person);
      occupationOf.put(person.id(), occupation);
    }
    return new GroundTruth(people, offers, occupationOf);
  }

  List<Candidate> people() {
    return people;
  }

  @Override
  public List<Vacancy> offers() {
    return offers;
  }

  /** The occupation a person was drawn from, or an offer is for. */
  Occupation occupationOf(String id) {
    Occupation occupation = occupationOf.get(id);
    if (occupation == null) {
      throw new IllegalArgumentException("unknown person or offer " + id);
    }
    return occupation;
  }

  /** Relevance of an offer for a person, 0..3 (see the class comment). */
  @Override
  public int grade(String personId, String offerId) {
    return grade(occupationOf(personId), occupationOf(offerId));
  }

  /** Grades of every offer for a person, in offer order. */
  @Override
  public int[] grades(String personId) {
    Occupation own = occupationOf(personId);
    return offers.stream().mapToInt(o -> grade(own, occupationOf(o.id()))).toArray();
  }

  static int grade(Occupation person, Occupation offer) {
    if (person.uri().equals(offer.uri())) {
      return 3;
    }
    String a = person.iscoGroup();
    String b = offer.iscoGroup();
    if (a.length() == 4 && a.equals(b)) {
      return 2;
    }
    if (a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3)) {
      return 1;
    }
    return 0;
  }

  private static Vacancy offer(
      String id, Occupation occupation, Taxonomy taxonomy, String lang, Random random) {
    List<String> essential = shuffled(skillsOf(taxonomy, occupation, true), random);
    List<String> optional = shuffled(skillsOf(taxonomy, occupation, false), random);
    essential = essential.subList(0, Math.min(MAX_ESSENTIAL_PER_OFFER, essential.size()));
    optional = optional.subList(0, Math.min(MAX_OPTIONAL_PER_OFFER, optional.size()));
    String label = occupation.labels().best(lang);
    Employer employer = new Employer("e-" + id, "Employer " + id, false, false, false);
    Vacancy.Builder offer =
        Vacancy.builder(id, employer, OfferType.JOB, CITY)
            .title(label)
            .occupation(ConceptRef.id(occupation.uri()))
            .language("de", Cefr.B1)
            .requiresSchoolCertificate(SchoolCertificate.NONE)
            .acceptsWithoutCertificates(true)
            .places(1);
    occupation.requirementLevel().ifPresent(offer::level);
    essential.forEach(s -> offer.skill(ConceptRef.id(s), true));
    optional.forEach(s -> offer.skill(ConceptRef.id(s), false));
    List<String> described = new ArrayList<>(essential);
    described.addAll(optional);
    offer.description(
        String.join(
            ", ",
            described.subList(0, Math.min(DESCRIBED_SKILLS, described.size())).stream()
                .map(s -> taxonomy.skill(s).map(k -> k.labels().best(lang)).orElse(""))
                .toList()));
    return offer.build();
  }

  private static Candidate person(
      String id,
      Occupation occupation,
      Taxonomy taxonomy,
      List<Skill> allSkills,
      Settings settings,
      Random random) {
    List<String> essential = skillsOf(taxonomy, occupation, true);
    List<String> optional = skillsOf(taxonomy, occupation, false);
    Set<String> claimed = new LinkedHashSet<>();
    for (String s : essential) {
      if (random.nextDouble() < settings.keepEssential()) {
        claimed.add(s);
      }
    }
    for (String s : optional) {
      if (random.nextDouble() < settings.keepOptional()) {
        claimed.add(s);
      }
    }
    List<String> fill = shuffled(essential, random);
    for (int i = 0; claimed.size() < 2 && i < fill.size(); i++) {
      claimed.add(fill.get(i));
    }
    Set<String> own = new java.util.HashSet<>(essential);
    own.addAll(optional);
    int noise = 0;
    while (noise < settings.noiseSkills() && allSkills.size() > own.size()) {
      String s = allSkills.get(random.nextInt(allSkills.size())).uri();
      if (!own.contains(s) && claimed.add(s)) {
        noise++;
      }
    }
    Candidate.Builder person =
        Candidate.builder(id, CITY, Residence.of(ResidenceStatus.RECOGNISED))
            .maxTravelKm(50)
            .birthYear(1995)
            .language("de", Cefr.B2)
            .language(new LanguageLevel("ar", Cefr.C2, Map.of(), true))
            .education(new Education(java.util.OptionalInt.of(3), SchoolCertificate.HAUPTSCHULE));
    Evidence[] evidence = {Evidence.SELF_REPORTED, Evidence.ASSESSED, Evidence.CERTIFICATE};
    for (String s : shuffled(new ArrayList<>(claimed), random)) {
      person.skill(SkillClaim.of(ConceptRef.id(s), evidence[random.nextInt(evidence.length)]));
    }
    return person.build();
  }

  /** Essential ({@code true}) or optional skills of an occupation, in taxonomy order. */
  static List<String> skillsOf(Taxonomy taxonomy, Occupation occupation, boolean essential) {
    return taxonomy.skillsOf(occupation.uri()).stream()
        .filter(r -> r.essential() == essential)
        .map(OccupationSkill::skillUri)
        .toList();
  }

  /** A shuffled copy. */
  static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
