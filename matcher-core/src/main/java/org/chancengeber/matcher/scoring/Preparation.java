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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.OccupationSkill;

/**
 * Resolves people and offers once, before any pair is scored: concepts through the taxonomy, skill
 * shares by specificity, the occupation's further skills, claims expanded to their neighbours,
 * occupational sources (experience, qualifications, trials and the occupations the skills point to)
 * expanded to neighbouring occupations, preferences, the person's sureness. Thread-safe.
 */
final class Preparation {
  private final Concepts concepts;
  private final ScoringProfile profile;
  private final OccupationInference inference;
  private final OccupationProfiles profiles;
  private final Compactor compactor = new Compactor();
  private final ConcurrentHashMap<Integer, OccupationArrays> fromOccupationArrays =
      new ConcurrentHashMap<>();

  /** One per distinct list of language minimums, at most {@link Compactor#LIMIT} of them. */
  private final ConcurrentHashMap<List<LanguageRequirement>, Languages> languages =
      new ConcurrentHashMap<>();

  Preparation(Concepts concepts, ScoringProfile profile, OccupationProfiles profiles) {
    this.concepts = concepts;
    this.profile = profile;
    this.profiles = profiles;
    this.inference =
        new OccupationInference(
            concepts,
            profile.inferenceNoise(),
            profile.inferenceSharpness(),
            profile.inferencePrior(),
            profile.inferenceEssentialShare());
  }

  /** Resolves an offer's concepts and precomputes what scoring needs. */
  PreparedVacancy prepare(Vacancy given) {
    Vacancy vacancy = compactor.compact(given);
    List<Message> notes = new ArrayList<>();
    int occupation = -1;
    String occupationLabel = "";
    if (vacancy.occupation().isPresent()) {
      Concepts.Resolved r = concepts.resolve(vacancy.occupation().get(), ConceptType.OCCUPATION);
      occupation = r.id();
      occupationLabel = concepts.term(r.id());
      r.note().ifPresent(notes::add);
    }
    LinkedHashMap<Integer, Boolean> skills = new LinkedHashMap<>();
    boolean fromOccupation = false;
    for (RequiredSkill s : vacancy.skills()) {
      Concepts.Resolved r = concepts.resolve(s.skill(), ConceptType.SKILL);
      skills.merge(r.id(), s.essential(), Boolean::logicalOr);
      r.note().ifPresent(notes::add);
    }
    if (skills.isEmpty() && occupation >= 0) {
      for (OccupationSkill os : concepts.taxonomy().skillsOf(concepts.key(occupation))) {
        int id = concepts.id(os.skillUri());
        skills.merge(id, os.essential(), Boolean::logicalOr);
      }
      fromOccupation = !skills.isEmpty();
    }
    int listed = skills.size();
    boolean takesProfile = !fromOccupation && listed > 0 && occupation >= 0;
    // the whole rest of the occupation's profile is shared, not copied (see PreparedVacancy)
    OccupationProfiles.Profile shared =
        takesProfile ? sharedProfile(occupation, skills.keySet()) : OccupationProfiles.Profile.NONE;
    List<ProfileSkill> fromProfile =
        !takesProfile || shared != OccupationProfiles.Profile.NONE
            ? List.of()
            : profileSkills(occupation, skills.keySet());
    int n = listed + fromProfile.size();
    int[] ids = new int[n];
    boolean[] essential = new boolean[n];
    boolean[] profileEssential = fromProfile.isEmpty() ? noneEssential(n) : new boolean[n];
    float[] share = new float[n];
    double[] weight = new double[n];
    int i = 0;
    for (Map.Entry<Integer, Boolean> e : skills.entrySet()) {
      ids[i] = e.getKey();
      essential[i] = e.getValue();
      weight[i] = profiles.weight(essential[i], ids[i]);
      i++;
    }
    for (ProfileSkill p : fromProfile) {
      ids[i] = p.id();
      profileEssential[i] = p.essential();
      weight[i] = p.weight();
      i++;
    }
    double listedTotal = 0;
    double profileTotal = 0;
    for (int j = 0; j < n; j++) {
      if (j < listed) {
        listedTotal += weight[j];
      } else {
        profileTotal += weight[j];
      }
    }
    float[] namedPi = new float[0];
    int sharedCount = 0;
    double sharedTotal = 0;
    if (shared != OccupationProfiles.Profile.NONE) {
      namedPi = new float[listed];
      // in the order of the taxonomy's URIs, not of ids: equal offers get equal sums in every
      // engine
      for (int j : shared.order()) {
        int at = indexOf(ids, listed, shared.skillIds()[j]);
        double w = shared.weights()[j];
        sharedTotal += w;
        if (at >= 0) {
          namedPi[at] = shared.shares()[j];
        } else {
          profileTotal += w;
          sharedCount++;
        }
      }
    }
    // the occupation's further skills weigh as they would had the advert named them, at most the
    // profile's share: one optional skill does not carry 30 % of the factor
    double profileShare =
        profileTotal > 0
            ? Math.min(
                profile.occupationProfileShare(), profileTotal / (listedTotal + profileTotal))
            : 0;
    for (int j = 0; j < n; j++) {
      share[j] =
          (float)
              (j < listed
                  ? (1 - profileShare) * weight[j] / listedTotal
                  : profileShare * weight[j] / profileTotal);
    }
    // the shared profile's skills count ρ × π each: ρ × w ÷ the profile's total is
    // profileShare × w ÷ profileTotal, as had they been copied
    double rho =
        sharedCount > 0 && profileTotal > 0 ? profileShare * sharedTotal / profileTotal : 0;
    // the skills from the occupation's profile (all of them when the offer names none), for phase
    // one: their largest share ÷ profile share (see OccupationProfiles)
    int profileFrom = fromOccupation ? 0 : listed;
    double profileScale = rho;
    if (profileFrom < n) {
      OccupationProfiles.Profile of = profiles.of(occupation);
      for (int j = profileFrom; j < n; j++) {
        float pi = of.share(ids[j]);
        profileScale = pi > 0 ? Math.max(profileScale, share[j] / (double) pi) : Double.NaN;
      }
      if (Double.isNaN(profileScale)) {
        // not from the profile after all: every skill its own term
        profileFrom = n;
        profileScale = 0;
      }
    }
    if (fromOccupation) {
      // equal for every offer of the occupation that names no skills: kept once
      OccupationArrays a =
          new OccupationArrays(ids, essential, share, profileEssential, profileScale);
      OccupationArrays kept = fromOccupationArrays.putIfAbsent(occupation, a);
      a = kept == null ? a : kept;
      ids = a.ids();
      essential = a.essential();
      share = a.share();
      profileEssential = a.profileEssential();
      profileScale = a.profileScale();
    }
    Languages langs = languages.get(vacancy.languages());
    if (langs == null) {
      langs = Languages.of(vacancy.languages());
      if (languages.size() < Compactor.LIMIT) {
        Languages kept = languages.putIfAbsent(vacancy.languages(), langs);
        langs = kept == null ? langs : kept;
      }
    }
    return new PreparedVacancy(
        vacancy,
        occupation,
        occupationLabel,
        ids,
        essential,
        share,
        // the named skills are labelled by their terms, the profile's by the taxonomy's labels
        profileFrom,
        fromOccupation,
        listed,
        profileEssential,
        langs.codes(),
        langs.mins(),
        langs.essential(),
        langs.share(),
        notes,
        profileFrom,
        profileScale,
        sharedCount > 0 ? shared : OccupationProfiles.Profile.NONE,
        rho,
        sharedCount > 0 ? namedPi : new float[0],
        sharedCount);
  }

  /** The skill arrays of an offer that takes all its skills from its occupation's profile. */
  private record OccupationArrays(
      int[] ids,
      boolean[] essential,
      float[] share,
      boolean[] profileEssential,
      double profileScale) {}

  /**
   * An offer's language minimums as the language factor reads them, each essential one counting
   * twice an optional one; kept once per distinct list (offers share a few dozen).
   */
  private record Languages(String[] codes, Cefr[] mins, boolean[] essential, double[] share) {
    static Languages of(List<LanguageRequirement> langs) {
      int m = langs.size();
      String[] codes = new String[m];
      Cefr[] mins = new Cefr[m];
      boolean[] essential = new boolean[m];
      double[] share = new double[m];
      double total = 0;
      for (int j = 0; j < m; j++) {
        codes[j] = langs.get(j).code();
        mins[j] = langs.get(j).min();
        essential[j] = langs.get(j).essential();
        total += essential[j] ? 2 : 1;
      }
      for (int j = 0; j < m; j++) {
        share[j] = (essential[j] ? 2 : 1) / total;
      }
      return new Languages(codes, mins, essential, share);
    }
  }

  private static final boolean[][] NONE_ESSENTIAL = new boolean[65][];

  static {
    for (int i = 0; i < NONE_ESSENTIAL.length; i++) {
      NONE_ESSENTIAL[i] = new boolean[i];
    }
  }

  /** An all-false array of length {@code n}, shared where short (never written to). */
  private static boolean[] noneEssential(int n) {
    return n < NONE_ESSENTIAL.length ? NONE_ESSENTIAL[n] : new boolean[n];
  }

  private static int indexOf(int[] ids, int n, int id) {
    for (int i = 0; i < n; i++) {
      if (ids[i] == id) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The occupation's profile, when the offer takes all of it beside the skills it names (the
   * profile's skills it does not name fit within {@link ScoringProfile#occupationProfileSkills()}
   * and count at all); otherwise none, and the part the offer takes is copied.
   */
  private OccupationProfiles.Profile sharedProfile(int occupation, java.util.Set<Integer> named) {
    if (profile.occupationProfileShare() == 0) {
      return OccupationProfiles.Profile.NONE;
    }
    OccupationProfiles.Profile of = profiles.of(occupation);
    int rest = 0;
    for (int id : of.skillIds()) {
      rest += named.contains(id) ? 0 : 1;
    }
    return rest > 0 && rest <= profile.occupationProfileSkills()
        ? of
        : OccupationProfiles.Profile.NONE;
  }

  /** A skill of the offer's occupation that the offer does not name. */
  private record ProfileSkill(int id, String uri, boolean essential, double weight) {}

  /**
   * The weightiest skills of the occupation's profile that the offer does not name (at most {@link
   * ScoringProfile#occupationProfileSkills()}), heaviest first, ties by URI.
   */
  private List<ProfileSkill> profileSkills(int occupation, java.util.Set<Integer> named) {
    int limit = profile.occupationProfileSkills();
    if (limit == 0 || profile.occupationProfileShare() == 0) {
      return List.of();
    }
    Map<Integer, ProfileSkill> found = new LinkedHashMap<>();
    for (OccupationSkill os : concepts.taxonomy().skillsOf(concepts.key(occupation))) {
      int id = concepts.id(os.skillUri());
      if (named.contains(id)) {
        continue;
      }
      ProfileSkill p =
          new ProfileSkill(id, os.skillUri(), os.essential(), profiles.weight(os.essential(), id));
      found.merge(id, p, (a, b) -> a.weight() >= b.weight() ? a : b);
    }
    return found.values().stream()
        .sorted(
            Comparator.comparingDouble((ProfileSkill p) -> -p.weight())
                .thenComparing(ProfileSkill::uri))
        .limit(limit)
        .toList();
  }

  /**
   * Resolves a person's concepts and expands them through the taxonomy: each skill claim to its
   * neighbours (value = similarity × evidence weight, a similar skill's similarity discounted by
   * {@link ScoringProfile#similarSkillWeight()}; the best claim wins), each source of occupational
   * experience to the neighbouring occupations (combined as 1 − ∏(1 − each)).
   */
  PreparedCandidate prepare(Candidate candidate, Map<String, Cefr> reachable) {
    // occupational sources first: positive trials raise the evidence of the skills they showed
    List<PreparedCandidate.Source> sources = new ArrayList<>();
    Map<Integer, String> provenByTrial = new HashMap<>();
    Map<Integer, String> provenByAssessment = new HashMap<>();
    for (int i = 0; i < candidate.experience().size(); i++) {
      Experience e = candidate.experience().get(i);
      Concepts.Resolved r = concepts.resolve(e.occupation(), ConceptType.OCCUPATION);
      double strength = 0.5 + 0.5 * Math.min(1, e.years() / profile.yearsForFullExperience());
      sources.add(
          new PreparedCandidate.Source(
              PreparedCandidate.SourceKind.EXPERIENCE,
              i,
              r.id(),
              concepts.term(r.id()),
              strength,
              e.years(),
              Optional.empty(),
              Optional.empty(),
              r.note(),
              0));
    }
    for (int i = 0; i < candidate.qualifications().size(); i++) {
      Qualification q = candidate.qualifications().get(i);
      Concepts.Resolved r = concepts.resolve(q.occupation(), ConceptType.OCCUPATION);
      sources.add(
          new PreparedCandidate.Source(
              PreparedCandidate.SourceKind.QUALIFICATION,
              i,
              r.id(),
              concepts.term(r.id()),
              qualificationStrength(q.recognition()),
              0,
              Optional.of(q.recognition()),
              Optional.empty(),
              r.note(),
              0));
    }
    for (int i = 0; i < candidate.measures().size(); i++) {
      Measure m = candidate.measures().get(i);
      double strength = measureStrength(m);
      if (m.occupation().isEmpty() || strength <= 0) {
        continue;
      }
      Concepts.Resolved r = concepts.resolve(m.occupation().get(), ConceptType.OCCUPATION);
      sources.add(
          new PreparedCandidate.Source(
              PreparedCandidate.SourceKind.MEASURE,
              i,
              r.id(),
              concepts.term(r.id()),
              strength,
              0,
              Optional.empty(),
              Optional.of(m.type()),
              r.note(),
              0));
      if (m.type() == MeasureType.PRACTICAL_TRIAL || m.type() == MeasureType.SKILLS_ASSESSMENT) {
        Map<Integer, String> target =
            m.type() == MeasureType.PRACTICAL_TRIAL ? provenByTrial : provenByAssessment;
        for (OccupationSkill os : concepts.taxonomy().skillsOf(r.key())) {
          target.putIfAbsent(concepts.id(os.skillUri()), concepts.term(r.id()));
        }
      }
    }

    // skill claims, expanded
    List<PreparedCandidate.Claim> claims = new ArrayList<>();
    IntSlots slots = new IntSlots(64);
    float[] value = new float[64];
    int[] claimOf = new int[64];
    Arrays.fill(claimOf, -1);
    boolean[] proven = new boolean[64];
    for (SkillClaim c : candidate.skills()) {
      Concepts.Resolved r = concepts.resolve(c.skill(), ConceptType.SKILL);
      Evidence evidence = c.evidence();
      Optional<String> provenBy = Optional.empty();
      if (evidence.compareTo(Evidence.PRACTICAL_TRIAL) < 0 && provenByTrial.containsKey(r.id())) {
        evidence = Evidence.PRACTICAL_TRIAL;
        provenBy = Optional.of(provenByTrial.get(r.id()));
      } else if (evidence == Evidence.SELF_REPORTED && provenByAssessment.containsKey(r.id())) {
        evidence = Evidence.ASSESSED;
        provenBy = Optional.of(provenByAssessment.get(r.id()));
      }
      int claim = claims.size();
      claims.add(
          new PreparedCandidate.Claim(
              r.id(), concepts.term(r.id()), evidence, c.evidence(), provenBy, r.note()));
      boolean isProven = evidence != Evidence.SELF_REPORTED;
      Neighbours nb = concepts.skillNeighbours(r.id());
      for (int j = 0; j < nb.size(); j++) {
        double similar = nb.relations()[j] == Relation.SAME ? 1 : profile.similarSkillWeight();
        float v = (float) (nb.similarities()[j] * similar);
        if (similar == 0) {
          continue; // similar skills do not count at all
        }
        int slot = slots.put(nb.ids()[j]);
        if (slot >= value.length) {
          int old = value.length;
          value = Arrays.copyOf(value, old * 2);
          claimOf = Arrays.copyOf(claimOf, old * 2);
          Arrays.fill(claimOf, old, old * 2, -1);
          proven = Arrays.copyOf(proven, old * 2);
        }
        if (claimOf[slot] < 0 || v > value[slot]) {
          value[slot] = v;
          claimOf[slot] = claim;
        }
        proven[slot] |= isProven;
      }
    }

    // occupations the skills point to, as sources of their own
    int[] claimed = new int[claims.size()];
    for (int i = 0; i < claimed.length; i++) {
      claimed[i] = claims.get(i).id();
    }
    // what the person stated they did is the prior of the guess
    List<OccupationInference.Stated> stated = new ArrayList<>();
    for (PreparedCandidate.Source s : sources) {
      stated.add(new OccupationInference.Stated(s.id(), s.label(), s.strength()));
    }
    for (OccupationInference.Inferred inf :
        inference.infer(claimed, stated, profile.inferredOccupations())) {
      Optional<Message> prior =
          inf.stated()
              .map(
                  label ->
                      Message.of(
                          "scoring.experience.inferred_prior", label, Format.one(inf.prior())));
      sources.add(
          new PreparedCandidate.Source(
              PreparedCandidate.SourceKind.INFERRED,
              -1,
              inf.id(),
              concepts.term(inf.id()),
              profile.inferredOccupationWeight() * inf.value(),
              0,
              Optional.empty(),
              Optional.empty(),
              prior,
              inf.skills()));
    }

    // occupations, expanded: value = 1 - prod(1 - sim * strength) over what the person did, and
    // the best guess from skills beside it (guesses are alternatives, not evidence that adds up;
    // a guess's neighbour counts its similarity x inferredNeighbourWeight)
    IntSlots occSlots = new IntSlots(32);
    double[] rest = new double[32];
    double[] guess = new double[32];
    Arrays.fill(rest, 1);
    for (PreparedCandidate.Source s : sources) {
      Neighbours nb = concepts.occupationNeighbours(s.id());
      for (int j = 0; j < nb.size(); j++) {
        int slot = occSlots.put(nb.ids()[j]);
        if (slot >= rest.length) {
          int old = rest.length;
          rest = Arrays.copyOf(rest, old * 2);
          guess = Arrays.copyOf(guess, old * 2);
          Arrays.fill(rest, old, rest.length, 1);
        }
        double v = nb.similarities()[j] * s.strength();
        if (s.kind() == PreparedCandidate.SourceKind.INFERRED) {
          guess[slot] =
              Math.max(
                  guess[slot],
                  ExperienceFactor.inferred(profile, nb.relations()[j] == Relation.SAME, v));
        } else {
          rest[slot] *= 1 - v;
        }
      }
    }
    float[] occValue = new float[occSlots.size()];
    for (int j = 0; j < occValue.length; j++) {
      occValue[j] = (float) (1 - rest[j] * (1 - guess[j]));
    }

    // preferred occupations
    IntSlots prefSlots = new IntSlots(8);
    float[] prefValue = new float[8];
    List<ConceptRef> prefs = candidate.preferences().occupations();
    for (ConceptRef ref : prefs) {
      Neighbours nb =
          concepts.occupationNeighbours(concepts.resolve(ref, ConceptType.OCCUPATION).id());
      for (int j = 0; j < nb.size(); j++) {
        int slot = prefSlots.put(nb.ids()[j]);
        if (slot >= prefValue.length) {
          prefValue = Arrays.copyOf(prefValue, prefValue.length * 2);
        }
        prefValue[slot] = Math.max(prefValue[slot], nb.similarities()[j]);
      }
    }

    Map<String, Cefr> levels = new HashMap<>();
    for (LanguageLevel l : candidate.languages()) {
      levels.merge(l.code(), l.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    double sure = 0;
    for (PreparedCandidate.Claim c : claims) {
      sure += profile.evidence(c.evidence());
    }
    sure = claims.isEmpty() ? 1 : sure / claims.size();
    int n = slots.size();
    return new PreparedCandidate(
        candidate,
        claims,
        slots.trim(),
        Arrays.copyOf(value, n),
        Arrays.copyOf(claimOf, n),
        Arrays.copyOf(proven, n),
        sources,
        occSlots.trim(),
        occValue,
        prefSlots.trim(),
        Arrays.copyOf(prefValue, prefSlots.size()),
        prefs.size(),
        levels,
        Math.max(1, candidate.maxTravelKm() * profile.distancePivotShare()),
        sure,
        reachable);
  }

  private static double qualificationStrength(Recognition recognition) {
    return switch (recognition) {
      case FULL -> 1.0;
      case PARTIAL -> 0.85;
      case PENDING -> 0.75;
      case NONE -> 0.65;
    };
  }

  private static double measureStrength(Measure m) {
    boolean done = m.isPositive() || (m.completed().isPresent() && m.result().isEmpty());
    if (!done) {
      return 0;
    }
    return switch (m.type()) {
      case VALIDATION_PROCEDURE -> m.isPositive() ? 0.95 : 0;
      case PRACTICAL_TRIAL -> m.isPositive() ? 0.9 : 0;
      case EQ -> 0.8;
      case TQ_MODULE, SKILLS_ASSESSMENT -> 0.7;
      case PRE_APPRENTICESHIP -> 0.5;
      default -> 0;
    };
  }
}
