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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * A small deterministic generator for engine tests and measurements: a synthetic taxonomy
 * (occupations in ISCO groups, skills in skill groups with broader/narrower links), offers and
 * people around a few German cities. Same seed, same data.
 */
public final class Generated {
  private static final String OCC = "http://data.europa.eu/esco/occupation/g-";
  private static final String SKILL = "http://data.europa.eu/esco/skill/g-";
  private static final String GROUP = "http://data.europa.eu/esco/skill/group-";
  private static final double[][] CITIES = {
    {51.3127, 9.4797}, {52.5200, 13.4050}, {51.0504, 13.7373}, {51.3397, 12.3731},
    {51.3388, 6.5853}, {49.4447, 7.7690}, {50.1109, 8.6821}, {48.1351, 11.5820}
  };

  public final Taxonomy taxonomy;
  public final List<Vacancy> vacancies;
  public final List<Candidate> candidates;

  private final Random random;
  private final int occupations;
  private final int skillsPerOccupation;

  private Generated(long seed, int occupations, int offers, int people, LocalDate today) {
    this.random = new Random(seed);
    this.occupations = occupations;
    this.skillsPerOccupation = 8;
    this.taxonomy = taxonomy();
    this.vacancies = new ArrayList<>(offers);
    for (int i = 0; i < offers; i++) {
      vacancies.add(vacancy(i, today));
    }
    this.candidates = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      candidates.add(candidate(i, today));
    }
  }

  /** Offers and people over a taxonomy of {@code occupations} occupations. */
  public static Generated of(long seed, int occupations, int offers, int people, LocalDate today) {
    return new Generated(seed, occupations, offers, people, today);
  }

  private static String occ(int i) {
    return OCC + i;
  }

  private static String skill(int i) {
    return SKILL + i;
  }

  private int skillCount() {
    return occupations * 4;
  }

  private Taxonomy taxonomy() {
    Taxonomy.Builder b = Taxonomy.builder();
    int groups = Math.max(1, occupations / 4);
    for (int o = 0; o < occupations; o++) {
      String isco = Integer.toString(1000 + o % groups);
      b.occupation(
          new Occupation(
              occ(o),
              isco,
              Optional.empty(),
              new Labels(Map.of("en", "occupation " + o), Map.of()),
              Optional.empty()));
    }
    int skills = skillCount();
    int skillGroups = Math.max(1, skills / 10);
    for (int g = 0; g < skillGroups; g++) {
      b.skillGroup(GROUP + g, new Labels(Map.of("en", "skill group " + g), Map.of()));
    }
    for (int s = 0; s < skills; s++) {
      b.skill(
          new Skill(
              skill(s),
              SkillType.SKILL_COMPETENCE,
              "",
              new Labels(Map.of("en", "skill " + s), Map.of())));
      b.broaderSkill(skill(s), GROUP + (s % skillGroups));
      if (s % 5 == 4) {
        b.broaderSkill(skill(s), skill(s - 1));
      }
    }
    for (int o = 0; o < occupations; o++) {
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < skillsPerOccupation) {
        chosen.add(random.nextInt(skills));
      }
      int n = 0;
      for (int s : chosen) {
        b.relation(occ(o), skill(s), n++ < 4);
      }
    }
    return b.build();
  }

  private Location near(double spreadKm) {
    double[] c = CITIES[random.nextInt(CITIES.length)];
    double lat = c[0] + random.nextGaussian() * spreadKm / 111.0;
    double lon = c[1] + random.nextGaussian() * spreadKm / 70.0;
    return Location.of(lat, lon, "near " + c[0]);
  }

  private Vacancy vacancy(int i, LocalDate today) {
    int o = random.nextInt(occupations);
    OfferType[] types = OfferType.values();
    OfferType type = types[random.nextInt(types.length)];
    Employer employer =
        new Employer(
            "e-" + (i % 997),
            "Employer " + (i % 997),
            random.nextBoolean(),
            random.nextInt(3) == 0,
            random.nextBoolean());
    Vacancy.Builder b =
        Vacancy.builder(String.format("v-%07d", i), employer, type, near(15))
            .title("offer " + i)
            .places(1 + random.nextInt(3));
    if (random.nextInt(10) > 0) {
      b.occupation(ConceptRef.id(occ(o)));
    }
    var rel = taxonomy.skillsOf(occ(o));
    int k = 2 + random.nextInt(5);
    Set<String> used = new LinkedHashSet<>();
    for (int j = 0; j < k; j++) {
      String s =
          random.nextInt(5) == 0
              ? skill(random.nextInt(skillCount()))
              : rel.get(random.nextInt(rel.size())).skillUri();
      if (used.add(s)) {
        b.skill(ConceptRef.id(s), random.nextInt(3) > 0);
      }
    }
    Cefr[] levels = {Cefr.A1, Cefr.A2, Cefr.B1, Cefr.B2};
    b.language(new LanguageRequirement("de", levels[random.nextInt(levels.length)], true));
    if (random.nextInt(4) == 0) {
      b.language(new LanguageRequirement("en", Cefr.A2, false));
    }
    if (random.nextInt(5) > 0) {
      b.start(today.plusDays(random.nextInt(300)));
    }
    return b.build();
  }

  private Candidate candidate(int i, LocalDate today) {
    ResidenceStatus[] statuses = ResidenceStatus.values();
    Candidate.Builder b =
        Candidate.builder(
                String.format("c-%06d", i),
                near(10),
                Residence.of(statuses[random.nextInt(statuses.length)]))
            .maxTravelKm(10 + random.nextInt(5) * 10)
            .birthYear(1970 + random.nextInt(35))
            .language("de", Cefr.values()[random.nextInt(4)])
            .language("ar", Cefr.C2);
    int o = random.nextInt(occupations);
    b.experience(
        new Experience(
            ConceptRef.id(occ(o)),
            random.nextInt(12),
            Optional.of(random.nextBoolean() ? "SY" : "AF")));
    var rel = taxonomy.skillsOf(occ(o));
    Evidence[] evidence = Evidence.values();
    int k = 2 + random.nextInt(5);
    for (int j = 0; j < k; j++) {
      String s =
          random.nextInt(4) == 0
              ? skill(random.nextInt(skillCount()))
              : rel.get(random.nextInt(rel.size())).skillUri();
      b.skill(
          new SkillClaim(
              ConceptRef.id(s),
              evidence[random.nextInt(evidence.length)],
              OptionalDouble.of(random.nextInt(10))));
    }
    if (random.nextInt(4) == 0) {
      b.measure(
          new Measure(
              MeasureType.PRACTICAL_TRIAL,
              Optional.of(ConceptRef.id(occ(o))),
              Optional.of(today.minusMonths(1)),
              Optional.of("POSITIVE")));
    }
    if (random.nextInt(3) == 0) {
      EnumSet<OfferType> wanted = EnumSet.noneOf(OfferType.class);
      wanted.add(OfferType.values()[random.nextInt(OfferType.values().length)]);
      b.preferences(
          new Preferences(List.of(ConceptRef.id(occ(random.nextInt(occupations)))), wanted));
    }
    return b.build();
  }
}
