package org.chancengeber.matcher.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.Pathway;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.rules.Verdict;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The exact scorer: resolves people and offers once ({@link #prepare(Candidate)}, {@link
 * #prepare(Vacancy)}), then scores pairs factor by factor, asks the rules for a {@link Verdict} and
 * the planner for a {@link Pathway}, and explains every number. Thread-safe.
 *
 * <p>Fit comes first: the score is {@code fit × (1 − s + s × logistics)}, where fit is the weighted
 * mean of the {@link FactorKind.Group#FIT fit} factors (skills, the occupation, preferred
 * occupations), logistics that of the others (language, distance, timing, support, offer type),
 * each in [0, 1], and {@code s} the profile's {@link ScoringProfile#logisticsShare()}. So logistics
 * order offers of similar fit and never lift an offer without fit above one with it. Offers whose
 * fit is below {@link ScoringProfile#minFit()}, whose start has passed, that have no places, that
 * lie beyond the person's travel distance, that the rules exclude or whose pathway does not fit the
 * horizon are left out, with reasons. Evidence is not part of the score: it decides the pathway (a
 * practical trial proves what is only self-reported) and the explanation says how sure each skill
 * is.
 *
 * <p>{@link #rankVacancies} and {@link #rankCandidates} rank a pool exactly; with {@code prune}
 * they consult rules and planner in order of an upper bound (the score with no waiting time) and
 * stop once no remaining entry can reach the top {@code k}: the same result, far fewer rule
 * evaluations. Ties break by id.
 */
public final class MatchScorer {
  /**
   * Value of a logistics factor the offer or the person gives no information for (no preferred
   * offer types). A fit factor without information is 0: an offer that names neither skills nor an
   * occupation fits nobody by them.
   */
  public static final double NEUTRAL = 0.5;

  private static final FactorKind[] FACTORS = FactorKind.values();
  private static final int SKILLS = FactorKind.SKILLS.ordinal();
  private static final int EXPERIENCE = FactorKind.EXPERIENCE.ordinal();
  private static final int LANGUAGE = FactorKind.LANGUAGE.ordinal();
  private static final int DISTANCE = FactorKind.DISTANCE.ordinal();
  private static final int TIMING = FactorKind.TIMING.ordinal();
  private static final int SUPPORT = FactorKind.SUPPORT.ordinal();
  private static final int PREFERENCES = FactorKind.PREFERENCES.ordinal();
  private static final int OFFER_TYPE = FactorKind.OFFER_TYPE.ordinal();
  private static final double DAYS_PER_MONTH = 365.2425 / 12;

  /** Similarity from which an occupation counts as "the same or a close one" for the pathway. */
  private static final double CLOSE_OCCUPATION = 0.5;

  private final Concepts concepts;
  private final ScoringProfile profile;
  private final RuleSet rules;
  private final PathwayPlanner planner;
  private final int horizonMonths;
  private final double[] weights;
  private final boolean[] fitFactor;
  private final double logisticsShare;
  private final double minFit;
  private final double trainingFit;
  private final double evidenceShare;
  private final OccupationInference inference;

  public MatchScorer(
      Taxonomy taxonomy,
      ScoringProfile profile,
      RuleSet rules,
      PathwayPlanner planner,
      int horizonMonths) {
    this.concepts = new Concepts(requireNonNull(taxonomy, "taxonomy"), profile);
    this.profile = requireNonNull(profile, "profile");
    this.rules = requireNonNull(rules, "rules");
    this.planner = requireNonNull(planner, "planner");
    if (horizonMonths < 0) {
      throw new IllegalArgumentException(
          "horizonMonths (" + horizonMonths + ") must not be negative");
    }
    this.horizonMonths = horizonMonths;
    this.weights = new double[FACTORS.length];
    this.fitFactor = new boolean[FACTORS.length];
    for (FactorKind f : FACTORS) {
      weights[f.ordinal()] = profile.weight(f);
      fitFactor[f.ordinal()] = f.group() == FactorKind.Group.FIT;
    }
    this.logisticsShare = profile.logisticsShare();
    this.minFit = profile.minFit();
    this.trainingFit = profile.trainingFit();
    this.evidenceShare = profile.evidenceShare();
    this.inference = new OccupationInference(concepts);
  }

  public ScoringProfile profile() {
    return profile;
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  /** Offer types the rules allow for this person at all (for retrieval filters). */
  public Set<OfferType> possibleTypes(Candidate candidate, LocalDate today) {
    return rules.possibleTypes(candidate, today);
  }

  /** The highest level of a language the person can reach within the horizon. */
  public Cefr reachableLevel(Candidate candidate, String languageCode) {
    return planner.reachableLevel(candidate, languageCode, horizonMonths);
  }

  // ---------------------------------------------------------------- preparation

  /** Resolves an offer's concepts and precomputes what scoring needs. */
  public PreparedVacancy prepare(Vacancy vacancy) {
    List<Message> notes = new ArrayList<>();
    int occupation = -1;
    String occupationLabel = "";
    if (vacancy.occupation().isPresent()) {
      Concepts.Resolved r = concepts.resolve(vacancy.occupation().get(), ConceptType.OCCUPATION);
      occupation = r.id();
      occupationLabel = r.label();
      r.note().ifPresent(notes::add);
    }
    LinkedHashMap<Integer, Boolean> skills = new LinkedHashMap<>();
    Map<Integer, String> labels = new HashMap<>();
    boolean fromOccupation = false;
    for (RequiredSkill s : vacancy.skills()) {
      Concepts.Resolved r = concepts.resolve(s.skill(), ConceptType.SKILL);
      skills.merge(r.id(), s.essential(), Boolean::logicalOr);
      labels.putIfAbsent(r.id(), r.label());
      r.note().ifPresent(notes::add);
    }
    if (skills.isEmpty() && occupation >= 0) {
      for (OccupationSkill os : concepts.taxonomy().skillsOf(concepts.key(occupation))) {
        int id = concepts.id(os.skillUri());
        skills.merge(id, os.essential(), Boolean::logicalOr);
        labels.putIfAbsent(id, concepts.label(id));
      }
      fromOccupation = !skills.isEmpty();
    }
    int listed = skills.size();
    List<ProfileSkill> fromProfile =
        fromOccupation || listed == 0 || occupation < 0
            ? List.of()
            : profileSkills(occupation, skills.keySet());
    int n = listed + fromProfile.size();
    int[] ids = new int[n];
    boolean[] essential = new boolean[n];
    boolean[] profileEssential = new boolean[n];
    float[] share = new float[n];
    double[] weight = new double[n];
    String[] skillLabels = new String[n];
    int i = 0;
    for (Map.Entry<Integer, Boolean> e : skills.entrySet()) {
      ids[i] = e.getKey();
      essential[i] = e.getValue();
      skillLabels[i] = labels.get(e.getKey());
      weight[i] = skillWeight(essential[i], concepts.specificity(ids[i]));
      i++;
    }
    for (ProfileSkill p : fromProfile) {
      ids[i] = p.id();
      profileEssential[i] = p.essential();
      skillLabels[i] = concepts.label(p.id());
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
    List<LanguageRequirement> langs = vacancy.languages();
    int m = langs.size();
    String[] codes = new String[m];
    Cefr[] mins = new Cefr[m];
    boolean[] langEssential = new boolean[m];
    double[] langShare = new double[m];
    double langTotal = 0;
    for (int j = 0; j < m; j++) {
      codes[j] = langs.get(j).code();
      mins[j] = langs.get(j).min();
      langEssential[j] = langs.get(j).essential();
      langTotal += langEssential[j] ? 2 : 1;
    }
    for (int j = 0; j < m; j++) {
      langShare[j] = (langEssential[j] ? 2 : 1) / langTotal;
    }
    return new PreparedVacancy(
        vacancy,
        occupation,
        occupationLabel,
        ids,
        essential,
        share,
        skillLabels,
        fromOccupation,
        listed,
        profileEssential,
        codes,
        mins,
        langEssential,
        langShare,
        notes);
  }

  /** A required skill's weight before normalisation: essential or optional × specificity^γ. */
  private double skillWeight(boolean essential, Concepts.Specificity specificity) {
    return (essential ? profile.essentialSkillWeight() : profile.optionalSkillWeight())
        * Math.pow(specificity.value(), profile.skillSpecificity());
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
          new ProfileSkill(
              id,
              os.skillUri(),
              os.essential(),
              skillWeight(os.essential(), concepts.specificity(id)));
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
  public PreparedCandidate prepare(Candidate candidate) {
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
              r.label(),
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
              r.label(),
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
              r.label(),
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
          target.putIfAbsent(concepts.id(os.skillUri()), r.label());
        }
      }
    }

    // skill claims, expanded
    List<PreparedCandidate.Claim> claims = new ArrayList<>();
    IntSlots slots = new IntSlots(64);
    float[] value = new float[64];
    int[] claimOf = new int[64];
    float[] sim = new float[64];
    Relation[] relation = new Relation[64];
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
              r.id(), r.label(), evidence, c.evidence(), provenBy, r.note()));
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
          int len = value.length * 2;
          value = Arrays.copyOf(value, len);
          claimOf = Arrays.copyOf(claimOf, len);
          sim = Arrays.copyOf(sim, len);
          relation = Arrays.copyOf(relation, len);
          proven = Arrays.copyOf(proven, len);
        }
        if (relation[slot] == null || v > value[slot]) {
          value[slot] = v;
          claimOf[slot] = claim;
          sim[slot] = nb.similarities()[j];
          relation[slot] = nb.relations()[j].inverse(); // the claim seen from the skill
        }
        proven[slot] |= isProven;
      }
    }

    // occupations the skills point to, as sources of their own
    int[] claimed = new int[claims.size()];
    for (int i = 0; i < claimed.length; i++) {
      claimed[i] = claims.get(i).id();
    }
    for (OccupationInference.Inferred inf :
        inference.infer(claimed, profile.inferredOccupations())) {
      sources.add(
          new PreparedCandidate.Source(
              PreparedCandidate.SourceKind.INFERRED,
              -1,
              inf.id(),
              concepts.label(inf.id()),
              profile.inferredOccupationWeight() * inf.value(),
              0,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              inf.skills()));
    }

    // occupations, expanded: value = 1 - prod(1 - sim * strength)
    IntSlots occSlots = new IntSlots(32);
    double[] rest = new double[32];
    Arrays.fill(rest, 1);
    for (PreparedCandidate.Source s : sources) {
      Neighbours nb = concepts.occupationNeighbours(s.id());
      for (int j = 0; j < nb.size(); j++) {
        int slot = occSlots.put(nb.ids()[j]);
        if (slot >= rest.length) {
          int old = rest.length;
          rest = Arrays.copyOf(rest, old * 2);
          Arrays.fill(rest, old, rest.length, 1);
        }
        rest[slot] *= 1 - nb.similarities()[j] * s.strength();
      }
    }
    float[] occValue = new float[occSlots.size()];
    for (int j = 0; j < occValue.length; j++) {
      occValue[j] = (float) (1 - rest[j]);
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
        slots,
        Arrays.copyOf(value, n),
        Arrays.copyOf(claimOf, n),
        Arrays.copyOf(sim, n),
        Arrays.copyOf(relation, n),
        Arrays.copyOf(proven, n),
        sources,
        occSlots,
        occValue,
        prefSlots,
        Arrays.copyOf(prefValue, prefSlots.size()),
        prefs.size(),
        levels,
        Math.max(1, candidate.maxTravelKm() * profile.distancePivotShare()),
        sure);
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

  // ---------------------------------------------------------------- factors (hot path)

  /**
   * Fills {@code f} with the factor values, TIMING as its upper bound (no waiting time); returns
   * false when the offer is not live on {@code today} or beyond the person's travel distance.
   */
  private boolean factors(PreparedCandidate pc, PreparedVacancy pv, LocalDate today, double[] f) {
    Vacancy v = pv.vacancy;
    if (v.places() < 1 || (pv.startDay != Long.MIN_VALUE && pv.startDay < today.toEpochDay())) {
      return false;
    }
    double max = pc.candidate.maxTravelKm();
    if (Geo.latitudeKm(pc.latRad, pv.latRad) > max) {
      return false;
    }
    double km = km(pc, pv);
    if (km > max) {
      return false;
    }
    // skills
    double essentialShare = 0;
    double essentialGap = 0;
    double skills;
    if (pv.skills.length == 0) {
      skills = 0;
    } else {
      skills = 0;
      for (int i = 0; i < pv.skills.length; i++) {
        int slot = pc.skillSlots.get(pv.skills[i]);
        double has = slot < 0 ? 0 : pc.skillValue[slot];
        skills += pv.share[i] * has;
        if (pv.essential[i]) {
          essentialShare += pv.share[i];
          essentialGap += pv.share[i] * (1 - has);
        }
      }
      skills = Math.min(1, skills);
    }
    f[SKILLS] = skills;
    f[EXPERIENCE] = experience(pc, pv);
    // language
    int maxSteps = 0;
    double language = 1;
    if (pv.langCodes.length > 0) {
      language = 0;
      for (int i = 0; i < pv.langCodes.length; i++) {
        int steps = steps(pc, pv.langCodes[i], pv.langMin[i]);
        if (pv.langEssential[i]) {
          maxSteps = Math.max(maxSteps, steps);
        }
        language += pv.langShare[i] * Math.max(0, 1 - profile.languageStepPenalty() * steps);
      }
      language = Math.min(1, language);
    }
    f[LANGUAGE] = language;
    f[DISTANCE] = pc.pivotKm / (pc.pivotKm + km);
    f[TIMING] = timing(pc, pv, today, 0);
    f[SUPPORT] =
        support(
            pc, v.employer(), languageNeed(pc, maxSteps), skillNeed(essentialShare, essentialGap));
    f[PREFERENCES] = preferences(pc, pv);
    f[OFFER_TYPE] = offerType(pc, pv);
    return true;
  }

  private static double experience(PreparedCandidate pc, PreparedVacancy pv) {
    if (pv.occupation < 0) {
      return 0;
    }
    int slot = pc.occSlots.get(pv.occupation);
    return slot < 0 ? 0 : pc.occValue[slot];
  }

  /** CEFR steps from the person's level up to {@code min}; no level at all counts from below A1. */
  private static int steps(PreparedCandidate pc, String code, Cefr min) {
    Cefr have = pc.level(code).orElse(null);
    return have == null ? min.ordinal() + 1 : have.stepsTo(min);
  }

  private static double languageNeed(PreparedCandidate pc, int maxSteps) {
    double need = maxSteps / 2.0;
    if (pc.candidate.literacy() != Literacy.LATIN) {
      need += 0.5;
    }
    return Math.min(1, need);
  }

  /**
   * The need for support that skills make: the share-weighted gap in the offer's essential skills
   * (1 − the person's value for each), so a missing or only self-reported specific skill weighs
   * more than a general one, as in the skills factor.
   */
  private static double skillNeed(double essentialShare, double essentialGap) {
    return essentialShare <= 0 ? 0 : Math.max(0, Math.min(1, essentialGap / essentialShare));
  }

  private static double supportNeed(double languageNeed, double skillNeed) {
    return Math.min(1, 0.25 + 0.5 * languageNeed + 0.5 * skillNeed);
  }

  private static double support(
      PreparedCandidate pc, Employer e, double languageNeed, double skillNeed) {
    double wm = 1 + skillNeed + 0.5 * languageNeed;
    double wl = 0.5 + 2 * languageNeed;
    double we = 0.5;
    double offered =
        ((e.mentoring() ? wm : 0)
                + (e.languageSupport() ? wl : 0)
                + (e.experienceWithRefugees() ? we : 0))
            / (wm + wl + we);
    return 1 - supportNeed(languageNeed, skillNeed) * (1 - offered);
  }

  /** How close the offer's occupation is to one the person prefers; 0 without preferences. */
  private static double preferences(PreparedCandidate pc, PreparedVacancy pv) {
    if (pc.preferredOccupations == 0 || pv.occupation < 0) {
      return 0;
    }
    int slot = pc.prefSlots.get(pv.occupation);
    return slot < 0 ? 0 : pc.prefValue[slot];
  }

  /** 1 for a preferred offer type, 0 for another, neutral without preferred types. */
  private static double offerType(PreparedCandidate pc, PreparedVacancy pv) {
    return pc.preferredTypes.isEmpty()
        ? NEUTRAL
        : pc.preferredTypes.contains(pv.vacancy.type()) ? 1 : 0;
  }

  private double timing(
      PreparedCandidate pc, PreparedVacancy pv, LocalDate today, int readyMonths) {
    long ready = today.plusMonths(readyMonths).toEpochDay();
    if (pc.candidate.availableFrom().isPresent()) {
      ready = Math.max(ready, pc.candidate.availableFrom().get().toEpochDay());
    }
    long start = pv.startDay == Long.MIN_VALUE ? today.toEpochDay() : pv.startDay;
    double lateMonths = Math.max(0, ready - start) / DAYS_PER_MONTH;
    double scale = profile.timingScaleMonths();
    return 1 - 0.5 * Math.min(1, readyMonths / scale) - 0.5 * Math.min(1, lateMonths / scale);
  }

  /** The weighted mean of the fit factors. */
  private double weightedFit(double[] f) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += fitFactor[i] ? weights[i] * f[i] : 0;
    }
    return Math.max(0, Math.min(1, s));
  }

  /**
   * The fit: the weighted mean of the fit factors, and for an offer that teaches (a trial, EQ, TQ,
   * an apprenticeship) at least {@link ScoringProfile#trainingFit()}: it is open to people without
   * the occupation's skills.
   */
  private double fit(double[] f, PreparedVacancy pv) {
    double fit = weightedFit(f);
    return teaches(pv) ? Math.max(fit, trainingFit) : fit;
  }

  /** Whether an offer teaches its occupation rather than asking for it: all but jobs. */
  static boolean teaches(PreparedVacancy pv) {
    return pv.vacancy.type() != OfferType.JOB;
  }

  /** The weighted mean of the logistics factors. */
  private double logistics(double[] f) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += fitFactor[i] ? 0 : weights[i] * f[i];
    }
    return Math.max(0, Math.min(1, s));
  }

  /** What logistics multiply the fit by, in [1 − logisticsShare, 1]. */
  private double scale(double logistics) {
    return 1 - logisticsShare + logisticsShare * logistics;
  }

  /** What the person's sureness multiplies the score by, in [1 − evidenceShare, 1]. */
  private double sureScale(PreparedCandidate pc) {
    return 1 - evidenceShare + evidenceShare * pc.sureness;
  }

  private double combine(double[] f, PreparedCandidate pc, PreparedVacancy pv) {
    return fit(f, pv) * scale(logistics(f)) * sureScale(pc);
  }

  /**
   * Whether a pair's fit reaches the profile's minimum; below it an offer is no match, however
   * close, soon or supported. (A minimum of 0 keeps every offer, for diagnostics.)
   */
  private boolean fits(double[] f, PreparedVacancy pv) {
    return fit(f, pv) >= minFit;
  }

  // ---------------------------------------------------------------- ranking

  /** One pair under consideration while ranking. */
  private static final class Entry {
    final PreparedCandidate pc;
    final PreparedVacancy pv;
    final String tie;
    final double[] f;
    final double upper;
    double score;
    Verdict verdict;
    SkillNeeds needs;
    Pathway pathway;

    Entry(PreparedCandidate pc, PreparedVacancy pv, String tie, double[] f, double upper) {
      this.pc = pc;
      this.pv = pv;
      this.tie = tie;
      this.f = f;
      this.upper = upper;
    }
  }

  private static final Comparator<Entry> BY_UPPER =
      Comparator.comparingDouble((Entry e) -> -e.upper).thenComparing(e -> e.tie);
  private static final Comparator<Entry> BY_SCORE =
      Comparator.comparingDouble((Entry e) -> -e.score).thenComparing(e -> e.tie);

  /** The best {@code k} offers of {@code pool} for a person, exactly; ties by offer id. */
  public List<Match> rankVacancies(
      PreparedCandidate pc, Iterable<PreparedVacancy> pool, int k, LocalDate today, boolean prune) {
    Top top = top(k, today, prune);
    top.addVacancies(pc, pool);
    return top.matches();
  }

  /** The best {@code k} people of {@code pool} for an offer, exactly; ties by person id. */
  public List<Match> rankCandidates(
      PreparedVacancy pv, Iterable<PreparedCandidate> pool, int k, LocalDate today, boolean prune) {
    Top top = top(k, today, prune);
    top.addCandidates(pv, pool);
    return top.matches();
  }

  /**
   * An empty top {@code k}, to be filled page by page; with {@code prune}, a pair whose upper bound
   * (the score with no waiting time) cannot beat the k-th score is not given to the rules and the
   * planner.
   */
  public Top top(int k, LocalDate today, boolean prune) {
    if (k < 1) {
      throw new IllegalArgumentException("k (" + k + ") must be positive");
    }
    return new Top(k, requireNonNull(today, "today"), prune);
  }

  /**
   * The best {@code k} of the pairs added so far, exactly; ties by id. Pairs come in pages (of one
   * person and many offers, or one offer and many people); each page is scored, sorted by upper
   * bound and decided in that order. Not thread-safe.
   */
  public final class Top {
    private final int k;
    private final LocalDate today;
    private final boolean prune;
    private final List<Entry> top;
    private final List<Entry> page = new ArrayList<>();
    private final double[] f = new double[FACTORS.length];

    private Top(int k, LocalDate today, boolean prune) {
      this.k = k;
      this.today = today;
      this.prune = prune;
      this.top = new ArrayList<>(k + 1);
    }

    /** Scores a page of offers for one person. */
    public void addVacancies(PreparedCandidate pc, Iterable<PreparedVacancy> offers) {
      for (PreparedVacancy pv : offers) {
        if (factors(pc, pv, today, f) && fits(f, pv)) {
          page.add(new Entry(pc, pv, pv.id(), f.clone(), combine(f, pc, pv)));
        }
      }
      decidePage();
    }

    /** Scores a page of people for one offer. */
    public void addCandidates(PreparedVacancy pv, Iterable<PreparedCandidate> people) {
      for (PreparedCandidate pc : people) {
        if (factors(pc, pv, today, f) && fits(f, pv)) {
          page.add(new Entry(pc, pv, pc.id(), f.clone(), combine(f, pc, pv)));
        }
      }
      decidePage();
    }

    private void decidePage() {
      page.sort(BY_UPPER);
      for (Entry e : page) {
        if (prune && top.size() == k && e.upper < top.get(k - 1).score) {
          break;
        }
        if (!decide(e, today)) {
          continue;
        }
        int at = java.util.Collections.binarySearch(top, e, BY_SCORE);
        top.add(at < 0 ? -at - 1 : at, e);
        if (top.size() > k) {
          top.remove(k);
        }
      }
      page.clear();
    }

    /** Whether {@code k} pairs are in. */
    public boolean full() {
      return top.size() == k;
    }

    /** The k-th best score so far; negative infinity while fewer than {@code k} pairs are in. */
    public double kth() {
      return full() ? top.get(k - 1).score : Double.NEGATIVE_INFINITY;
    }

    /** The matches, best first, ranked from 1. */
    public List<Match> matches() {
      List<Match> out = new ArrayList<>(top.size());
      for (int i = 0; i < top.size(); i++) {
        out.add(match(top.get(i), i + 1, today));
      }
      return out;
    }
  }

  /**
   * The language factor's value of one minimum at each CEFR level (by ordinal) for someone at
   * {@code level} (empty: no level at all in that language).
   */
  public float[] languageValues(Optional<Cefr> level) {
    float[] out = new float[Cefr.values().length];
    for (Cefr min : Cefr.values()) {
      int steps = level.isEmpty() ? min.ordinal() + 1 : level.get().stepsTo(min);
      out[min.ordinal()] = (float) Math.max(0, 1 - profile.languageStepPenalty() * steps);
    }
    return out;
  }

  /** Asks rules and planner; sets the final score. False when the pair is excluded. */
  private boolean decide(Entry e, LocalDate today) {
    e.verdict = rules.evaluate(e.pc.candidate, e.pv.vacancy, today);
    if (!e.verdict.eligible()) {
      return false;
    }
    e.needs = skillNeeds(e.pc, e.pv);
    e.pathway =
        planner.plan(e.pc.candidate, e.pv.vacancy, e.verdict, e.needs, today, horizonMonths);
    if (!e.pathway.reachable()) {
      return false;
    }
    // the trial that proves self-reported skills is on the pathway, but evidence is not scored
    e.f[TIMING] = timing(e.pc, e.pv, today, e.pathway.monthsExceptProof());
    e.score = combine(e.f, e.pc, e.pv);
    return true;
  }

  /** What the skill comparison found, for the planner. */
  public SkillNeeds skillNeeds(PreparedCandidate pc, PreparedVacancy pv) {
    List<String> unproven = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < pv.skills.length; i++) {
      if (!pv.essential[i]) {
        continue;
      }
      int slot = pc.skillSlots.get(pv.skills[i]);
      if (slot < 0) {
        missing.add(pv.skillLabels[i]);
      } else if (!pc.skillProven[slot]) {
        unproven.add(pv.skillLabels[i]);
      }
    }
    int essentials = 0;
    for (int i = 0; i < pv.listedSkills; i++) {
      essentials += pv.essential[i] ? 1 : 0;
    }
    Optional<Qualification> qualification = Optional.empty();
    double bestQualification = 0;
    double years = 0;
    boolean trial = false;
    if (pv.occupation >= 0) {
      for (PreparedCandidate.Source s : pc.sources) {
        double sim = concepts.occupationNeighbours(s.id()).similarity(pv.occupation);
        if (sim <= 0) {
          continue;
        }
        switch (s.kind()) {
          case QUALIFICATION -> {
            if (sim > bestQualification) {
              bestQualification = sim;
              qualification = Optional.of(pc.candidate.qualifications().get(s.index()));
            }
          }
          case EXPERIENCE -> {
            if (sim >= CLOSE_OCCUPATION) {
              years = Math.max(years, s.years());
            }
          }
          case MEASURE -> {
            if (sim >= CLOSE_OCCUPATION
                && s.measure().orElseThrow() == MeasureType.PRACTICAL_TRIAL) {
              trial = true;
            }
          }
          case INFERRED -> {
            // a guess from skills: neither experience nor a qualification
          }
        }
      }
    }
    return new SkillNeeds(
        unproven,
        missing,
        qualification,
        years,
        trial,
        Math.max(essentials, unproven.size() + missing.size()),
        Math.min(1, experience(pc, pv)));
  }

  // ---------------------------------------------------------------- one pair, explained

  /** Everything about one person and one offer: the match, or why there is none. */
  public Evaluation evaluate(PreparedCandidate pc, PreparedVacancy pv, LocalDate today) {
    List<Message> reasons = hardExclusions(pc, pv, today);
    if (!reasons.isEmpty()) {
      return new Evaluation(Optional.empty(), reasons);
    }
    double[] f = new double[FACTORS.length];
    factors(pc, pv, today, f);
    if (!fits(f, pv)) {
      return new Evaluation(
          Optional.empty(),
          List.of(
              Message.of("scoring.excluded.no_fit", Format.two(fit(f, pv)), Format.two(minFit))));
    }
    Entry e = new Entry(pc, pv, pv.id(), f, combine(f, pc, pv));
    if (!decide(e, today)) {
      return new Evaluation(
          Optional.empty(),
          !e.verdict.eligible() ? e.verdict.exclusions() : e.pathway.unreachable());
    }
    return new Evaluation(Optional.of(match(e, 1, today)), List.of());
  }

  /**
   * Why an offer is out for a person before any rule is asked: not live, or too far; empty when
   * neither.
   */
  public List<Message> hardExclusions(PreparedCandidate pc, PreparedVacancy pv, LocalDate today) {
    List<Message> reasons = new ArrayList<>();
    Vacancy v = pv.vacancy;
    if (v.places() < 1) {
      reasons.add(Message.of("scoring.excluded.no_places"));
    }
    if (pv.startDay != Long.MIN_VALUE && pv.startDay < today.toEpochDay()) {
      reasons.add(Message.of("scoring.excluded.started", v.start().orElseThrow(), today));
    }
    double km = km(pc, pv);
    if (km > pc.candidate.maxTravelKm()) {
      reasons.add(
          Message.of(
              "scoring.excluded.too_far",
              Format.one(km),
              Format.whole(pc.candidate.maxTravelKm())));
    }
    return reasons;
  }

  private Match match(Entry e, int rank, LocalDate today) {
    PreparedCandidate pc = e.pc;
    PreparedVacancy pv = e.pv;
    double[] f = e.f;
    List<Factor> factors = new ArrayList<>(FACTORS.length);
    List<Explanation> fitNodes = new ArrayList<>(FACTORS.length);
    List<Explanation> logisticsNodes = new ArrayList<>(FACTORS.length);
    for (FactorKind kind : FACTORS) {
      int i = kind.ordinal();
      Explained x =
          switch (kind) {
            case SKILLS -> explainSkills(pc, pv, f[i]);
            case EXPERIENCE -> explainExperience(pc, pv, f[i]);
            case LANGUAGE -> explainLanguage(pc, pv, f[i], e.pathway);
            case DISTANCE -> explainDistance(pc, pv, f[i]);
            case TIMING -> explainTiming(pc, pv, f[i], e.pathway, today);
            case SUPPORT -> explainSupport(pc, pv, f[i]);
            case PREFERENCES -> explainPreferences(pc, pv, f[i]);
            case OFFER_TYPE -> explainOfferType(pc, pv, f[i]);
          };
      factors.add(new Factor(kind.jsonName(), f[i], weights[i], x.summary()));
      (fitFactor[i] ? fitNodes : logisticsNodes)
          .add(
              new Explanation(
                  weights[i] * f[i],
                  Message.of(
                      "scoring.factor." + kind.jsonName(),
                      Format.two(f[i]),
                      Format.two(weights[i])),
                  x.details()));
    }
    double fit = fit(f, pv);
    if (fit > weightedFit(f)) {
      fitNodes.add(
          node(
              fit,
              "scoring.fit.teaches",
              pv.vacancy.type(),
              Format.two(weightedFit(f)),
              Format.two(trainingFit)));
    }
    double logistics = logistics(f);
    double scale = scale(logistics);
    double sure = sureScale(pc);
    factors.add(
        new Factor(
            "evidence",
            pc.sureness,
            evidenceShare,
            Message.of("scoring.evidence.summary", Format.two(pc.sureness), pc.claims.size())));
    Explanation root =
        new Explanation(
            e.score,
            Message.of("scoring.score", Format.two(fit), Format.two(scale), Format.two(sure)),
            List.of(
                new Explanation(fit, Message.of("scoring.fit", Format.two(fit)), fitNodes),
                new Explanation(
                    scale,
                    Message.of(
                        "scoring.logistics",
                        Format.two(logistics),
                        Format.two(1 - logisticsShare),
                        Format.two(logisticsShare)),
                    logisticsNodes),
                new Explanation(
                    sure,
                    Message.of(
                        "scoring.evidence",
                        Format.two(pc.sureness),
                        pc.claims.size(),
                        Format.two(1 - evidenceShare),
                        Format.two(evidenceShare)),
                    List.of())));
    return new Match(
        pc.id(),
        rank,
        pv.id(),
        e.score,
        e.pathway.readiness(),
        e.pathway.readyInMonths(),
        factors,
        e.pathway.gaps(),
        e.pathway.steps(),
        root);
  }

  private record Explained(Message summary, List<Explanation> details) {}

  private static Explanation node(double value, String key, Object... args) {
    return new Explanation(value, Message.of(key, args), List.of());
  }

  private static Explanation node(double value, Message m, List<Explanation> details) {
    return new Explanation(value, m, details);
  }

  private Explained explainSkills(PreparedCandidate pc, PreparedVacancy pv, double value) {
    List<Explanation> details = new ArrayList<>();
    for (Message note : pv.notes) {
      details.add(new Explanation(1, note, List.of()));
    }
    if (pv.skills.length == 0) {
      Message m = Message.of("scoring.skills.none");
      details.add(new Explanation(0, m, List.of()));
      return new Explained(m, details);
    }
    if (pv.skillsFromOccupation) {
      details.add(node(1, "scoring.skills.from_occupation", pv.occupationLabel));
    }
    int matched = 0;
    int essentials = 0;
    int provenEssentials = 0;
    List<Explanation> furtherLines = new ArrayList<>();
    double furtherShare = 0;
    double furtherValue = 0;
    for (int i = 0; i < pv.skills.length; i++) {
      int slot = pc.skillSlots.get(pv.skills[i]);
      double v = slot < 0 ? 0 : pc.skillValue[slot];
      if (pv.essential[i]) {
        essentials++;
        if (slot >= 0 && pc.skillProven[slot]) {
          provenEssentials++;
        }
      }
      List<Explanation> why = new ArrayList<>();
      if (profile.skillSpecificity() > 0) {
        // from the taxonomy (cached), not kept per offer: a million offers would hold 100 MB of it
        why.add(explainSpecificity(concepts.specificity(pv.skills[i])));
      }
      if (slot < 0) {
        why.add(node(0, "scoring.skills.missing"));
      } else {
        matched++;
        PreparedCandidate.Claim c = pc.claims.get(pc.skillClaim[slot]);
        List<Explanation> claimDetails = new ArrayList<>();
        c.note().ifPresent(n -> claimDetails.add(new Explanation(1, n, List.of())));
        if (pc.skillRelation[slot] != Relation.SAME) {
          claimDetails.add(
              node(
                  profile.similarSkillWeight(),
                  "scoring.skills.similar",
                  Format.two(profile.similarSkillWeight())));
        }
        c.provenBy()
            .ifPresent(
                o ->
                    claimDetails.add(
                        node(
                            profile.evidence(c.evidence()),
                            "scoring.skills.proven_by",
                            c.claimed(),
                            c.evidence(),
                            o)));
        why.add(
            node(
                v,
                Message.of(
                    pc.skillRelation[slot].key(),
                    c.label(),
                    Format.two(pc.skillSim[slot]),
                    c.evidence(),
                    Format.two(profile.evidence(c.evidence()))),
                claimDetails));
        if (pv.essential[i] && !pc.skillProven[slot]) {
          why.add(node(0, "scoring.skills.unproven"));
        }
      }
      boolean further = i >= pv.listedSkills;
      String key =
          further
              ? pv.profileEssential[i]
                  ? "scoring.skills.profile_essential"
                  : "scoring.skills.profile_optional"
              : pv.essential[i] ? "scoring.skills.essential" : "scoring.skills.optional";
      Explanation line =
          node(
              pv.share[i] * v,
              Message.of(key, pv.skillLabels[i], Format.two(v), Format.two(pv.share[i])),
              why);
      if (further) {
        furtherLines.add(line);
        furtherShare += pv.share[i];
        furtherValue += pv.share[i] * v;
      } else {
        details.add(line);
      }
    }
    if (!furtherLines.isEmpty()) {
      details.add(
          node(
              furtherValue,
              Message.of(
                  "scoring.skills.profile_share",
                  furtherLines.size(),
                  pv.occupationLabel,
                  Format.two(furtherShare)),
              furtherLines));
    }
    return new Explained(
        Message.of(
            "scoring.skills.summary", matched, pv.skills.length, provenEssentials, essentials),
        details);
  }

  private Explanation explainSpecificity(Concepts.Specificity s) {
    double weight = Math.pow(s.value(), profile.skillSpecificity());
    String value = Format.two(s.value());
    return switch (s.kind()) {
      case LISTED -> node(weight, "scoring.skills.specific", value, s.occupations(), s.of());
      case GENERIC -> node(weight, "scoring.skills.generic", value, s.occupations(), s.of());
      case UNKNOWN -> node(weight, "scoring.skills.specificity_unknown", value);
    };
  }

  private Explained explainExperience(PreparedCandidate pc, PreparedVacancy pv, double value) {
    List<Explanation> details = new ArrayList<>();
    if (pv.occupation < 0) {
      Message m = Message.of("scoring.experience.no_occupation");
      details.add(new Explanation(0, m, List.of()));
      return new Explained(m, details);
    }
    Message best = Message.of("scoring.experience.none", pv.occupationLabel);
    double bestValue = 0;
    for (PreparedCandidate.Source s : pc.sources) {
      double sim = concepts.occupationNeighbours(s.id()).similarity(pv.occupation);
      if (sim <= 0) {
        continue;
      }
      double v = sim * s.strength();
      Message m =
          switch (s.kind()) {
            case EXPERIENCE ->
                Message.of(
                    "scoring.experience.years",
                    Format.one(s.years()),
                    s.label(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case QUALIFICATION ->
                Message.of(
                    "scoring.experience.qualification",
                    s.label(),
                    s.recognition().orElseThrow(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case MEASURE ->
                Message.of(
                    "scoring.experience.measure",
                    s.measure().orElseThrow(),
                    s.label(),
                    Format.two(sim),
                    Format.two(s.strength()));
            case INFERRED ->
                Message.of(
                    "scoring.experience.inferred",
                    s.label(),
                    s.skills(),
                    Format.two(sim),
                    Format.two(s.strength()));
          };
      List<Explanation> notes = new ArrayList<>();
      s.note().ifPresent(n -> notes.add(new Explanation(1, n, List.of())));
      details.add(node(v, m, notes));
      if (v > bestValue) {
        bestValue = v;
        best = m;
      }
    }
    if (details.isEmpty()) {
      details.add(new Explanation(0, best, List.of()));
    } else if (details.size() > 1) {
      details.add(node(value, "scoring.experience.combined"));
    }
    return new Explained(best, details);
  }

  private Explained explainLanguage(
      PreparedCandidate pc, PreparedVacancy pv, double value, Pathway pathway) {
    List<Explanation> details = new ArrayList<>();
    Message summary = Message.of("scoring.language.no_requirements");
    for (int i = 0; i < pv.langCodes.length; i++) {
      String code = pv.langCodes[i];
      Cefr min = pv.langMin[i];
      int steps = steps(pc, code, min);
      double v = Math.max(0, 1 - profile.languageStepPenalty() * steps);
      Cefr have = pc.level(code).orElse(null);
      String kind = pv.langEssential[i] ? "" : "_optional";
      Message m =
          have == null
              ? Message.of("scoring.language.missing" + kind, code, min, steps)
              : steps == 0
                  ? Message.of("scoring.language.met" + kind, code, have, min)
                  : Message.of("scoring.language.short" + kind, code, have, min, steps);
      details.add(node(v, m, List.of()));
      if (i == 0 || pv.langEssential[i] && steps > 0) {
        summary = m;
      }
    }
    for (PathwayStep s : pathway.steps()) {
      if (s.step() == StepKind.LANGUAGE_COURSE
          || s.step() == StepKind.INTEGRATION_COURSE
          || s.step() == StepKind.LITERACY_COURSE) {
        details.add(
            node(
                s.months(),
                Message.of("scoring.language.course", s.months()),
                List.of(new Explanation(s.months(), s.detail(), List.of()))));
      }
    }
    if (pv.langCodes.length == 0) {
      details.add(new Explanation(1, summary, List.of()));
    }
    return new Explained(summary, details);
  }

  /** Distance between person and offer in km. */
  static double km(PreparedCandidate pc, PreparedVacancy pv) {
    return Geo.km(pc.latRad, pc.lonRad, pc.cosLat, pv.latRad, pv.lonRad, pv.cosLat);
  }

  private Explained explainDistance(PreparedCandidate pc, PreparedVacancy pv, double value) {
    double km = km(pc, pv);
    Message m =
        Message.of(
            "scoring.distance",
            Format.one(km),
            Format.whole(pc.candidate.maxTravelKm()),
            Format.one(pc.pivotKm));
    return new Explained(m, List.of(new Explanation(value, m, List.of())));
  }

  private Explained explainTiming(
      PreparedCandidate pc, PreparedVacancy pv, double value, Pathway pathway, LocalDate today) {
    List<Explanation> details = new ArrayList<>();
    Message ready = Message.of("scoring.timing.ready", pathway.readyInMonths());
    List<Explanation> steps = new ArrayList<>();
    for (PathwayStep s : pathway.steps()) {
      steps.add(
          new Explanation(
              s.months(),
              Message.of("scoring.timing.step", s.step(), s.months()),
              List.of(new Explanation(s.months(), s.detail(), List.of()))));
    }
    details.add(new Explanation(pathway.readyInMonths(), ready, steps));
    LocalDate readyOn = today.plusMonths(pathway.readyInMonths());
    if (pc.candidate.availableFrom().isPresent()
        && pc.candidate.availableFrom().get().isAfter(readyOn)) {
      readyOn = pc.candidate.availableFrom().get();
      details.add(node(0, "scoring.timing.available", readyOn));
    }
    if (pv.vacancy.start().isEmpty()) {
      details.add(node(0, "scoring.timing.asap", readyOn));
    } else {
      LocalDate start = pv.vacancy.start().get();
      double late = Math.max(0, readyOn.toEpochDay() - start.toEpochDay()) / DAYS_PER_MONTH;
      details.add(
          late > 0
              ? node(late, "scoring.timing.late", start, readyOn, Format.one(late))
              : node(0, "scoring.timing.in_time", start, readyOn));
    }
    return new Explained(ready, details);
  }

  private Explained explainSupport(PreparedCandidate pc, PreparedVacancy pv, double value) {
    double essentialShare = 0;
    double essentialGap = 0;
    for (int i = 0; i < pv.skills.length; i++) {
      if (pv.essential[i]) {
        int slot = pc.skillSlots.get(pv.skills[i]);
        essentialShare += pv.share[i];
        essentialGap += pv.share[i] * (1 - (slot < 0 ? 0 : pc.skillValue[slot]));
      }
    }
    int maxSteps = 0;
    for (int i = 0; i < pv.langCodes.length; i++) {
      if (pv.langEssential[i]) {
        maxSteps = Math.max(maxSteps, steps(pc, pv.langCodes[i], pv.langMin[i]));
      }
    }
    double langNeed = languageNeed(pc, maxSteps);
    double skillNeed = skillNeed(essentialShare, essentialGap);
    double need = supportNeed(langNeed, skillNeed);
    Employer e = pv.vacancy.employer();
    Message m =
        Message.of(
            "scoring.support.need", Format.two(need), Format.two(langNeed), Format.two(skillNeed));
    List<Explanation> offered =
        List.of(
            node(e.mentoring() ? 1 : 0, "scoring.support.mentoring." + yesNo(e.mentoring())),
            node(
                e.languageSupport() ? 1 : 0,
                "scoring.support.language." + yesNo(e.languageSupport())),
            node(
                e.experienceWithRefugees() ? 1 : 0,
                "scoring.support.experience." + yesNo(e.experienceWithRefugees())));
    return new Explained(m, List.of(new Explanation(need, m, offered)));
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  private Explained explainPreferences(PreparedCandidate pc, PreparedVacancy pv, double value) {
    Explanation line;
    if (pc.preferredOccupations == 0) {
      line = node(0, "scoring.preferences.occupation.none");
    } else {
      line =
          value > 0
              ? node(
                  value,
                  "scoring.preferences.occupation.wanted",
                  pv.occupationLabel,
                  Format.two(value))
              : node(0, "scoring.preferences.occupation.other");
    }
    return new Explained(line.description(), List.of(line));
  }

  private Explained explainOfferType(PreparedCandidate pc, PreparedVacancy pv, double value) {
    OfferType type = pv.vacancy.type();
    Explanation line;
    if (pc.preferredTypes.isEmpty()) {
      line = node(value, "scoring.preferences.type.none");
    } else {
      boolean wanted = pc.preferredTypes.contains(type);
      line = node(value, "scoring.preferences.type." + (wanted ? "wanted" : "other"), type);
    }
    return new Explained(line.description(), List.of(line));
  }
}
