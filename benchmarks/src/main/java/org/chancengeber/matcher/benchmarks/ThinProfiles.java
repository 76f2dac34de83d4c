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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The ground truth of the {@link ThinProfileEvaluation}: people as a case worker records them (a
 * few skills, mostly self-reported, or only a job title) and offers spread over a region, drawn
 * from a taxonomy's occupation→skill relations, with graded relevance. Deterministic by seed.
 *
 * <p><b>Offers</b>: each for one usable occupation (an ISCO unit group and at least 3 essential
 * skills), drawn uniformly. An offer names 3–8 skills of its occupation (about 70 % essential,
 * marked essential; the rest optional), as an advert does; its title is a label of the occupation —
 * German in 60 % of offers (the preferred label, e.g. "Koch/Köchin", or an alternative label; half
 * of them with "(m/w/d)"), else English (preferred or alternative) — and its description names the
 * listed skills ("Ihre Aufgaben: …" or "Your tasks: …", labels in the title's language where the
 * taxonomy has them, else English). Places: 75 % in one of 16 towns of northern Hesse and southern
 * Lower Saxony (weighted by population, scattered by a few km), 25 % anywhere within {@code
 * radiusKm} of Kassel. Type: job 60 %, practical trial 10 %, apprenticeship 12 %, assisted
 * apprenticeship 5 %, EQ 8 %, TQ 5 %. Start: 35 % as soon as possible, 25 % within a month, 40 % in
 * 1–6 months. Each support flag of the employer with probability 0.3. German A2, B1 or B2.
 *
 * <p><b>People</b>, {@code people} per {@link Scenario}, each placed like the offers, travelling up
 * to 30–50 km. A person's occupation is the occupation of an offer drawn uniformly from the offers
 * they can reach (and whose occupation suits the scenario), so every person has at least one
 * relevant offer in reach, and the relevant offers lie where offers lie, not nearest to the person.
 * So that rules are not the subject, every person may take every offer in reach: a recognised
 * refugee (work allowed for every offer type), born 1975–1999 (25+, so TQ is open), German B2
 * (offers ask at most B2), a school certificate (offers ask none), available now, no hour limit.
 *
 * <p><b>Relevance</b>: 3 for an offer of the person's occupation; 1 for an offer of a related
 * occupation — same ISCO-08 unit group (4 digits), or the ESCO broader or a narrower occupation; 0
 * otherwise, and 0 for every offer beyond the person's travel distance (they cannot take it; the
 * engine leaves it out, and the baselines search within the radius as a job board's "Umkreis"
 * filter does).
 */
final class ThinProfiles implements GradedTruth {
  private static final double KM_PER_DEGREE = 111.2;

  /** Centre of the region. */
  static final Location CENTRE = Location.of(51.3127, 9.4797, "Kassel");

  /** Grade of an offer of the person's own occupation. */
  static final int OWN = 3;

  /** Grade of an offer of a related occupation (same ISCO unit group, ESCO broader/narrower). */
  static final int RELATED = 1;

  /** Occupations need at least this many essential skills to be drawn. */
  static final int MIN_ESSENTIAL_SKILLS = 3;

  /** How people are described: the scenarios of the evaluation. */
  enum Scenario {
    /** 3–6 skills of the occupation as ESCO ids, 1–2 noise skills, no occupation. */
    IDS("ids"),
    /** The same kind of profile, the skills as English free text. */
    TEXT_EN("text-en"),
    /** The same kind of profile, the skills as German free text. */
    TEXT_DE("text-de"),
    /** Experience or a qualification in a related occupation, plus 3 skills of the true one. */
    RELATED("related"),
    /** Only a German occupation title, as work experience; no skills. */
    TITLE_DE("title-de");

    final String cli;

    Scenario(String cli) {
      this.cli = cli;
    }

    /** {@code all}, or a comma-separated list of {@link #cli} names. */
    static List<Scenario> parse(String value) {
      if (value.equals("all")) {
        return List.of(values());
      }
      List<Scenario> list = new ArrayList<>();
      for (String name : value.split(",")) {
        list.add(
            Arrays.stream(values())
                .filter(s -> s.cli.equals(name.trim()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "scenario ("
                                + name
                                + ") must be all or one of ids, text-en, text-de, related,"
                                + " title-de")));
      }
      return List.copyOf(new LinkedHashSet<>(list));
    }
  }

  /**
   * How to draw the ground truth.
   *
   * @param people people per scenario
   * @param offers offers in all
   * @param radiusKm radius of the region around {@link #CENTRE}
   */
  record Settings(int people, int offers, long seed, double radiusKm) {
    Settings {
      if (people < 1 || offers < 1) {
        throw new IllegalArgumentException(
            "people (" + people + ") and offers (" + offers + ") must be at least 1");
      }
      if (!(radiusKm >= 5 && radiusKm <= 200)) {
        throw new IllegalArgumentException("radiusKm (" + radiusKm + ") must be in 5..200");
      }
    }

    static Settings defaults() {
      return new Settings(1000, 20_000, 42, 60);
    }
  }

  /** A town offers and people cluster in. */
  record Place(String name, double lat, double lon, int population) {}

  static final List<Place> PLACES =
      List.of(
          new Place("Kassel", 51.3127, 9.4797, 200_000),
          new Place("Göttingen", 51.5413, 9.9158, 118_000),
          new Place("Bad Hersfeld", 50.8683, 9.7067, 30_000),
          new Place("Baunatal", 51.2517, 9.4183, 28_000),
          new Place("Hann. Münden", 51.4167, 9.6500, 24_000),
          new Place("Korbach", 51.2753, 8.8731, 24_000),
          new Place("Warburg", 51.4881, 9.1406, 23_000),
          new Place("Eschwege", 51.1881, 10.0528, 20_000),
          new Place("Schwalmstadt", 50.9333, 9.2167, 18_000),
          new Place("Bad Arolsen", 51.3814, 9.0153, 16_000),
          new Place("Hofgeismar", 51.4963, 9.3847, 15_000),
          new Place("Fritzlar", 51.1325, 9.2756, 15_000),
          new Place("Witzenhausen", 51.3422, 9.8594, 15_000),
          new Place("Homberg (Efze)", 51.0297, 9.4036, 14_000),
          new Place("Melsungen", 51.1306, 9.5436, 13_000),
          new Place("Wolfhagen", 51.3264, 9.1714, 13_000));

  private static final OfferType[] TYPES = {
    OfferType.JOB,
    OfferType.PRACTICAL_TRIAL,
    OfferType.APPRENTICESHIP,
    OfferType.ASSISTED_APPRENTICESHIP,
    OfferType.EQ,
    OfferType.TQ
  };
  private static final double[] TYPE_WEIGHTS = {60, 10, 12, 5, 8, 5};
  private static final Evidence[] EVIDENCE = {
    Evidence.SELF_REPORTED,
    Evidence.ASSESSED,
    Evidence.PRACTICAL_TRIAL,
    Evidence.EMPLOYER_REFERENCE,
    Evidence.CERTIFICATE
  };
  private static final double[] EVIDENCE_WEIGHTS = {60, 15, 10, 5, 10};
  private static final String[] COUNTRIES = {"SY", "AF", "UA", "IQ", "ER", "TR"};
  private static final String[] NATIVE = {"ar", "fa", "uk", "ku", "ti", "tr"};
  private static final Pattern ARTICLES =
      Pattern.compile(
          "^(the|a|an|der|die|das|den|dem|des|ein|eine|einen|einem|einer)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");

  private final List<Vacancy> offers;
  private final Map<String, Integer> offerIndex = new HashMap<>();
  private final Map<Scenario, List<Candidate>> people;
  private final Map<Scenario, String> skipped;
  private final Map<String, Occupation> occupationOf;
  private final Map<String, BitSet> reach;

  private ThinProfiles(
      List<Vacancy> offers,
      Map<Scenario, List<Candidate>> people,
      Map<Scenario, String> skipped,
      Map<String, Occupation> occupationOf,
      Map<String, BitSet> reach) {
    this.offers = List.copyOf(offers);
    for (int i = 0; i < offers.size(); i++) {
      offerIndex.put(offers.get(i).id(), i);
    }
    this.people = people;
    this.skipped = skipped;
    this.occupationOf = occupationOf;
    this.reach = reach;
  }

  /**
   * Draws offers and the people of {@code scenarios}. Each scenario draws with its own random
   * stream, so a scenario's people do not depend on which other scenarios are drawn.
   *
   * @throws IllegalArgumentException when no occupation is usable
   */
  static ThinProfiles draw(Taxonomy taxonomy, Settings settings, List<Scenario> scenarios) {
    List<Occupation> usable =
        taxonomy.occupations().stream()
            .filter(o -> o.iscoGroup().length() == 4)
            .filter(o -> GroundTruth.skillsOf(taxonomy, o, true).size() >= MIN_ESSENTIAL_SKILLS)
            .sorted(Comparator.comparing(Occupation::uri))
            .toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException(
          "no occupation has "
              + MIN_ESSENTIAL_SKILLS
              + " essential skills and an ISCO unit group: cannot draw a ground truth");
    }
    Random random = new Random(settings.seed());
    List<Vacancy> offers = new ArrayList<>();
    Map<String, Occupation> occupationOf = new HashMap<>();
    for (int i = 0; i < settings.offers(); i++) {
      Occupation occupation = usable.get(random.nextInt(usable.size()));
      Vacancy offer = offer("v-" + i, occupation, taxonomy, settings, random);
      offers.add(offer);
      occupationOf.put(offer.id(), occupation);
    }
    List<Skill> allSkills =
        taxonomy.skills().stream().sorted(Comparator.comparing(Skill::uri)).toList();
    Map<Scenario, List<Candidate>> people = new EnumMap<>(Scenario.class);
    Map<Scenario, String> skipped = new EnumMap<>(Scenario.class);
    Map<String, BitSet> reach = new HashMap<>();
    double[][] latLon = new double[2][offers.size()];
    for (int i = 0; i < offers.size(); i++) {
      latLon[0][i] = offers.get(i).location().point().lat();
      latLon[1][i] = offers.get(i).location().point().lon();
    }
    for (Scenario scenario : scenarios) {
      Set<String> suitable = new HashSet<>();
      usable.stream().filter(suits(taxonomy, scenario)).forEach(o -> suitable.add(o.uri()));
      boolean[] offerSuits = new boolean[offers.size()];
      for (int i = 0; i < offers.size(); i++) {
        offerSuits[i] = suitable.contains(occupationOf.get(offers.get(i).id()).uri());
      }
      if (suitable.isEmpty()) {
        skipped.put(scenario, whySkipped(taxonomy, scenario));
        continue;
      }
      Random r = new Random(settings.seed() * 31 + scenario.ordinal() + 1);
      List<Candidate> list = new ArrayList<>();
      for (int i = 0; i < settings.people(); i++) {
        String id = scenario.cli + "-" + i;
        Drawn drawn = place(id, offers, latLon, offerSuits, settings, r);
        Occupation own = occupationOf.get(offers.get(drawn.anchor()).id());
        Candidate person = person(id, scenario, own, drawn, taxonomy, allSkills, r);
        list.add(person);
        occupationOf.put(id, own);
        reach.put(id, drawn.reach());
      }
      people.put(scenario, List.copyOf(list));
    }
    return new ThinProfiles(offers, people, skipped, occupationOf, reach);
  }

  @Override
  public List<Vacancy> offers() {
    return offers;
  }

  /** The people of a scenario; empty when it was not drawn or was skipped. */
  List<Candidate> people(Scenario scenario) {
    return people.getOrDefault(scenario, List.of());
  }

  /** Why a scenario could not be drawn from this taxonomy, where it could not. */
  Optional<String> skipped(Scenario scenario) {
    return Optional.ofNullable(skipped.get(scenario));
  }

  /** The occupation a person was drawn from, or an offer is for. */
  Occupation occupationOf(String id) {
    Occupation occupation = occupationOf.get(id);
    if (occupation == null) {
      throw new IllegalArgumentException("unknown person or offer " + id);
    }
    return occupation;
  }

  /** Whether the person can reach the offer (distance within their travel distance). */
  boolean inReach(String personId, String offerId) {
    Integer i = offerIndex.get(offerId);
    return i != null && reach(personId).get(i);
  }

  @Override
  public int grade(String personId, String offerId) {
    return inReach(personId, offerId) ? grade(occupationOf(personId), occupationOf(offerId)) : 0;
  }

  @Override
  public int[] grades(String personId) {
    BitSet r = reach(personId);
    Occupation own = occupationOf(personId);
    int[] grades = new int[offers.size()];
    for (int i = r.nextSetBit(0); i >= 0; i = r.nextSetBit(i + 1)) {
      grades[i] = grade(own, occupationOf(offers.get(i).id()));
    }
    return grades;
  }

  /**
   * What the people of a scenario face, averaged over them.
   *
   * @param inReach offers in reach
   * @param own offers of the person's own occupation in reach (grade 3)
   * @param related offers of a related occupation in reach (grade 1)
   * @param nearestIsOwn share of people whose nearest offer is of their own occupation
   * @param ownKm mean distance to the own occupation's offers in reach
   * @param reachKm mean distance to all offers in reach
   */
  record Stats(
      double inReach,
      double own,
      double related,
      double nearestIsOwn,
      double ownKm,
      double reachKm) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "per person %.0f offers in reach, %.1f of the own occupation (grade 3), %.1f related"
              + " (grade 1); nearest offer of the own occupation for %.1f %% of people; mean"
              + " distance %.1f km to own-occupation offers, %.1f km to all in reach",
          inReach,
          own,
          related,
          100 * nearestIsOwn,
          ownKm,
          reachKm);
    }
  }

  /** The {@link Stats} of a drawn scenario. */
  Stats stats(Scenario scenario) {
    List<Candidate> list = people(scenario);
    double inReach = 0;
    double own = 0;
    double related = 0;
    double nearestIsOwn = 0;
    double ownKm = 0;
    double reachKm = 0;
    for (Candidate person : list) {
      int[] grades = grades(person.id());
      BitSet r = reach(person.id());
      double nearest = Double.MAX_VALUE;
      int nearestGrade = 0;
      double ownSum = 0;
      int ownCount = 0;
      double sum = 0;
      for (int i = r.nextSetBit(0); i >= 0; i = r.nextSetBit(i + 1)) {
        double km = person.location().distanceKm(offers.get(i).location());
        sum += km;
        if (grades[i] == OWN) {
          ownSum += km;
          ownCount++;
        } else if (grades[i] == RELATED) {
          related++;
        }
        if (km < nearest) {
          nearest = km;
          nearestGrade = grades[i];
        }
      }
      inReach += r.cardinality();
      own += ownCount;
      nearestIsOwn += nearestGrade == OWN ? 1 : 0;
      ownKm += ownSum / ownCount;
      reachKm += sum / r.cardinality();
    }
    int n = Math.max(1, list.size());
    return new Stats(inReach / n, own / n, related / n, nearestIsOwn / n, ownKm / n, reachKm / n);
  }

  /** 3 for the same occupation, 1 for a related one (see the class comment), else 0. */
  static int grade(Occupation person, Occupation offer) {
    if (person.uri().equals(offer.uri())) {
      return OWN;
    }
    return related(person, offer) ? RELATED : 0;
  }

  /** Same ISCO unit group, or one is the other's ESCO broader occupation. */
  static boolean related(Occupation a, Occupation b) {
    if (a.uri().equals(b.uri())) {
      return false;
    }
    return (a.iscoGroup().length() == 4 && a.iscoGroup().equals(b.iscoGroup()))
        || a.broader().filter(b.uri()::equals).isPresent()
        || b.broader().filter(a.uri()::equals).isPresent();
  }

  private BitSet reach(String personId) {
    BitSet r = reach.get(personId);
    if (r == null) {
      throw new IllegalArgumentException("unknown person " + personId);
    }
    return r;
  }

  // ---- offers

  private static Vacancy offer(
      String id, Occupation occupation, Taxonomy taxonomy, Settings settings, Random random) {
    List<String> essential =
        GroundTruth.shuffled(GroundTruth.skillsOf(taxonomy, occupation, true), random);
    List<String> optional =
        GroundTruth.shuffled(GroundTruth.skillsOf(taxonomy, occupation, false), random);
    int named = 3 + random.nextInt(6);
    int nEssential = Math.min(essential.size(), Math.max(2, (int) Math.round(named * 0.7)));
    int nOptional = Math.min(optional.size(), named - nEssential);
    nEssential = Math.min(essential.size(), named - nOptional);
    String lang =
        random.nextDouble() < 0.6 && occupation.labels().preferred().containsKey("de")
            ? "de"
            : "en";
    Employer employer =
        new Employer(
            "e-" + id,
            "Employer " + id,
            random.nextDouble() < 0.3,
            random.nextDouble() < 0.3,
            random.nextDouble() < 0.3);
    OfferType type = TYPES[pick(random, TYPE_WEIGHTS)];
    Vacancy.Builder offer =
        Vacancy.builder(id, employer, type, location(settings, random))
            .title(title(occupation.labels(), lang, random))
            .occupation(ConceptRef.id(occupation.uri()))
            .language("de", new Cefr[] {Cefr.A2, Cefr.B1, Cefr.B2}[pick(random, 25, 55, 20)])
            .requiresSchoolCertificate(SchoolCertificate.NONE)
            .acceptsWithoutCertificates(true)
            .places(1 + random.nextInt(3));
    double start = random.nextDouble();
    if (start >= 0.35) {
      offer.start(
          Corpus.TODAY.plusDays(start < 0.6 ? random.nextInt(31) : 31 + random.nextInt(150)));
    }
    occupation.requirementLevel().ifPresent(offer::level);
    List<String> listed = new ArrayList<>(essential.subList(0, nEssential));
    listed.addAll(optional.subList(0, nOptional));
    essential.subList(0, nEssential).forEach(s -> offer.skill(ConceptRef.id(s), true));
    optional.subList(0, nOptional).forEach(s -> offer.skill(ConceptRef.id(s), false));
    String tasks =
        String.join(
            ", ",
            listed.stream()
                .map(s -> taxonomy.skill(s).map(k -> k.labels().best(lang)).orElse(""))
                .toList());
    offer.description((lang.equals("de") ? "Ihre Aufgaben: " : "Your tasks: ") + tasks + ".");
    return offer.build();
  }

  /** A label as adverts use it: preferred or alternative; German ones half with "(m/w/d)". */
  private static String title(Labels labels, String lang, Random random) {
    String title = variant(labels, lang, random);
    return lang.equals("de") && random.nextBoolean() ? title + " (m/w/d)" : title;
  }

  // ---- people

  /** Where a person lives, how far they travel, the offers in reach and the anchor offer. */
  private record Drawn(Location location, int travelKm, BitSet reach, int anchor) {}

  private static Drawn place(
      String id,
      List<Vacancy> offers,
      double[][] latLon,
      boolean[] suits,
      Settings settings,
      Random random) {
    double[] lat = latLon[0];
    double[] lon = latLon[1];
    for (int attempt = 0; attempt < 1000; attempt++) {
      Location location = location(settings, random);
      int travel = 30 + random.nextInt(21);
      double lat0 = location.point().lat();
      double lon0 = location.point().lon();
      double kmPerLon = KM_PER_DEGREE * Math.cos(Math.toRadians(lat0));
      BitSet reach = new BitSet(offers.size());
      List<Integer> anchors = new ArrayList<>();
      for (int i = 0; i < offers.size(); i++) {
        // a flat-earth estimate, off by well under 2 km within 60 km; the exact great-circle
        // distance only near the limit
        double dy = (lat[i] - lat0) * KM_PER_DEGREE;
        double dx = (lon[i] - lon0) * kmPerLon;
        double km = Math.sqrt(dx * dx + dy * dy);
        if (Math.abs(km - travel) < 2) {
          km = location.distanceKm(offers.get(i).location());
        }
        if (km <= travel) {
          reach.set(i);
          // a margin, so that no rounding of the engine's distance can put the anchor out of reach
          if (km <= travel - 0.5 && suits[i]) {
            anchors.add(i);
          }
        }
      }
      if (!anchors.isEmpty()) {
        return new Drawn(location, travel, reach, anchors.get(random.nextInt(anchors.size())));
      }
    }
    throw new IllegalArgumentException(
        "no offer in reach for " + id + " after 1000 places: draw more offers");
  }

  private static Candidate person(
      String id,
      Scenario scenario,
      Occupation own,
      Drawn drawn,
      Taxonomy taxonomy,
      List<Skill> allSkills,
      Random random) {
    Candidate.Builder person =
        Candidate.builder(id, drawn.location(), Residence.of(ResidenceStatus.RECOGNISED))
            .maxTravelKm(drawn.travelKm())
            .birthYear(1975 + random.nextInt(25))
            .language("de", Cefr.B2)
            .language(
                new LanguageLevel(NATIVE[random.nextInt(NATIVE.length)], Cefr.C2, Map.of(), true))
            .education(new Education(OptionalInt.of(3), SchoolCertificate.HAUPTSCHULE));
    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    switch (scenario) {
      case IDS, TEXT_EN, TEXT_DE -> {
        String lang = scenario == Scenario.TEXT_DE ? "de" : "en";
        Predicate<String> usable =
            scenario == Scenario.TEXT_DE ? s -> hasGerman(taxonomy, s) : s -> true;
        List<String> skills = ownSkills(taxonomy, own, 3 + random.nextInt(4), usable, random);
        skills.addAll(noise(taxonomy, own, allSkills, 1 + random.nextInt(2), usable, random));
        for (String s : GroundTruth.shuffled(skills, random)) {
          ConceptRef ref =
              scenario == Scenario.IDS
                  ? ConceptRef.id(s)
                  : ConceptRef.text(
                      typed(taxonomy.skill(s).orElseThrow().labels(), lang, random), lang);
          person.skill(SkillClaim.of(ref, EVIDENCE[pick(random, EVIDENCE_WEIGHTS)]));
        }
      }
      case RELATED -> {
        List<Occupation> related = relatedOccupations(taxonomy, own);
        Occupation other = related.get(random.nextInt(related.size()));
        ConceptRef ref = ConceptRef.id(other.uri());
        if (random.nextDouble() < 0.7) {
          person.experience(new Experience(ref, 1 + random.nextInt(8), Optional.of(country)));
        } else {
          person.qualification(
              new Qualification(
                  ref,
                  random.nextBoolean() ? Recognition.NONE : Recognition.PENDING,
                  random.nextBoolean()));
        }
        for (String s : ownSkills(taxonomy, own, 3, s -> true, random)) {
          person.skill(SkillClaim.of(ConceptRef.id(s), EVIDENCE[pick(random, EVIDENCE_WEIGHTS)]));
        }
      }
      case TITLE_DE -> {
        String title = typed(own.labels(), "de", random);
        person.experience(
            new Experience(
                ConceptRef.text(title, "de"), 1 + random.nextInt(10), Optional.of(country)));
      }
    }
    return person.build();
  }

  /** {@code n} skills of the occupation, each essential with probability 0.7 where it can be. */
  private static List<String> ownSkills(
      Taxonomy taxonomy, Occupation own, int n, Predicate<String> usable, Random random) {
    List<String> essential =
        new ArrayList<>(
            GroundTruth.shuffled(GroundTruth.skillsOf(taxonomy, own, true), random).stream()
                .filter(usable)
                .toList());
    List<String> optional =
        new ArrayList<>(
            GroundTruth.shuffled(GroundTruth.skillsOf(taxonomy, own, false), random).stream()
                .filter(usable)
                .toList());
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < n && !(essential.isEmpty() && optional.isEmpty())) {
      boolean fromOptional =
          essential.isEmpty() || (!optional.isEmpty() && random.nextDouble() >= 0.7);
      chosen.add((fromOptional ? optional : essential).remove(0));
    }
    return chosen;
  }

  /** {@code n} skills outside the occupation's profile. */
  private static List<String> noise(
      Taxonomy taxonomy,
      Occupation own,
      List<Skill> allSkills,
      int n,
      Predicate<String> usable,
      Random random) {
    Set<String> profile = new HashSet<>();
    taxonomy.skillsOf(own.uri()).forEach(r -> profile.add(r.skillUri()));
    List<String> pool =
        allSkills.stream()
            .map(Skill::uri)
            .filter(s -> !profile.contains(s))
            .filter(usable)
            .toList();
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < Math.min(n, pool.size())) {
      chosen.add(pool.get(random.nextInt(pool.size())));
    }
    return new ArrayList<>(chosen);
  }

  /**
   * A label as a case worker types it: the preferred label or an alternative one (half each, where
   * there are alternatives), the gendered pair "Koch/Köchin" split to one form, brackets and a
   * leading article dropped, and (mostly) lower case.
   */
  static String typed(Labels labels, String lang, Random random) {
    String label = variant(labels, lang, random);
    String[] forms = label.split("/");
    label = forms[random.nextInt(forms.length)].trim();
    label = ARTICLES.matcher(BRACKETS.matcher(label).replaceAll("")).replaceFirst("").trim();
    if (label.isEmpty()) {
      label = labels.best(lang);
    }
    return random.nextDouble() < 0.8 ? label.toLowerCase(Locale.ROOT) : label;
  }

  /** The preferred label in {@code lang} or one of its alternatives, half each. */
  private static String variant(Labels labels, String lang, Random random) {
    List<String> alternatives = labels.alternatives().getOrDefault(lang, List.of());
    if (!alternatives.isEmpty() && random.nextBoolean()) {
      return alternatives.get(random.nextInt(alternatives.size()));
    }
    return labels.best(lang);
  }

  // ---- which occupations suit a scenario

  private static Predicate<Occupation> suits(Taxonomy taxonomy, Scenario scenario) {
    return switch (scenario) {
      case IDS, TEXT_EN -> o -> true;
      case TEXT_DE ->
          o ->
              GroundTruth.skillsOf(taxonomy, o, true).stream()
                      .filter(s -> hasGerman(taxonomy, s))
                      .count()
                  >= MIN_ESSENTIAL_SKILLS;
      case RELATED -> o -> !relatedOccupations(taxonomy, o).isEmpty();
      case TITLE_DE -> o -> o.labels().preferred().containsKey("de");
    };
  }

  private static String whySkipped(Taxonomy taxonomy, Scenario scenario) {
    return switch (scenario) {
      case TEXT_DE ->
          String.format(
              Locale.ROOT,
              "no usable occupation has %d essential skills with a German label (%,d of %,d skills"
                  + " have one)",
              MIN_ESSENTIAL_SKILLS,
              taxonomy.skills().stream()
                  .filter(s -> s.labels().preferred().containsKey("de"))
                  .count(),
              taxonomy.skills().size());
      case TITLE_DE -> "no usable occupation has a German label";
      case RELATED -> "no usable occupation has a related occupation";
      case IDS, TEXT_EN -> "no usable occupation";
    };
  }

  private static boolean hasGerman(Taxonomy taxonomy, String skill) {
    return taxonomy.skill(skill).map(s -> s.labels().preferred().containsKey("de")).orElse(false);
  }

  /** Other occupations in the same ISCO unit group, the broader one and the narrower ones. */
  static List<Occupation> relatedOccupations(Taxonomy taxonomy, Occupation own) {
    Set<String> uris = new LinkedHashSet<>();
    own.broader().ifPresent(uris::add);
    uris.addAll(taxonomy.narrowerOccupations(own.uri()));
    List<Occupation> list = new ArrayList<>();
    for (String uri : uris) {
      taxonomy.occupation(uri).filter(o -> !o.uri().equals(own.uri())).ifPresent(list::add);
    }
    RelatedByGroup.of(taxonomy).get(own.iscoGroup()).stream()
        .filter(o -> !o.uri().equals(own.uri()) && !uris.contains(o.uri()))
        .forEach(list::add);
    return list;
  }

  /** Occupations by ISCO unit group, computed once per taxonomy. */
  private static final class RelatedByGroup {
    private static final Map<Taxonomy, RelatedByGroup> CACHE =
        Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private final Map<String, List<Occupation>> byGroup = new HashMap<>();

    static RelatedByGroup of(Taxonomy taxonomy) {
      return CACHE.computeIfAbsent(taxonomy, RelatedByGroup::new);
    }

    private RelatedByGroup(Taxonomy taxonomy) {
      taxonomy.occupations().stream()
          .filter(o -> o.iscoGroup().length() == 4)
          .sorted(Comparator.comparing(Occupation::uri))
          .forEach(o -> byGroup.computeIfAbsent(o.iscoGroup(), g -> new ArrayList<>()).add(o));
    }

    List<Occupation> get(String group) {
      return group.length() == 4 ? byGroup.getOrDefault(group, List.of()) : List.of();
    }
  }

  // ---- helpers

  /** A place in the region: 75 % near a town (by population), 25 % anywhere in the radius. */
  private static Location location(Settings settings, Random random) {
    double lat;
    double lon;
    String name;
    if (random.nextDouble() < 0.75) {
      double[] weights = PLACES.stream().mapToDouble(Place::population).toArray();
      Place town = PLACES.get(pick(random, weights));
      double km = Math.abs(random.nextGaussian()) * 3;
      double angle = random.nextDouble() * 2 * Math.PI;
      lat = town.lat() + km * Math.cos(angle) / KM_PER_DEGREE;
      lon =
          town.lon()
              + km * Math.sin(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(town.lat())));
      name = town.name();
    } else {
      double km = settings.radiusKm() * Math.sqrt(random.nextDouble());
      double angle = random.nextDouble() * 2 * Math.PI;
      double centreLat = CENTRE.point().lat();
      lat = centreLat + km * Math.cos(angle) / KM_PER_DEGREE;
      lon =
          CENTRE.point().lon()
              + km * Math.sin(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(centreLat)));
      name = "Landkreis";
    }
    return Location.of(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5, name);
  }

  private static int pick(Random random, double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
