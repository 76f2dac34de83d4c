package org.chancengeber.matcher;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.chancengeber.matcher.index.CandidateIndex;
import org.chancengeber.matcher.index.CandidateQuery;
import org.chancengeber.matcher.index.VacancyIndex;
import org.chancengeber.matcher.index.VacancyQuery;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.scoring.Evaluation;
import org.chancengeber.matcher.scoring.FactorKind;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.scoring.PreparedCandidate;
import org.chancengeber.matcher.scoring.PreparedVacancy;
import org.chancengeber.matcher.scoring.ScoringProfile;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The facade most users need: index offers and people, then rank offers for a person and people for
 * an offer, each match explained and with its pathway. Safe for concurrent queries while updates
 * run; updates become visible to rankings after {@link #refresh()} (lookups by id and counts see
 * them at once).
 *
 * <p>Ranking is two-phase: Lucene retrieves a few hundred offers that pass the filters (offer types
 * the rules allow, language minimums reachable within the horizon, travel distance, live offers),
 * best by weighted skill and occupation terms and distance; the exact {@link MatchScorer} ranks
 * them. {@link Ranking#EXHAUSTIVE} runs the exact scorer over every offer instead: the oracle.
 *
 * <pre>{@code
 * try (MatchEngine engine = MatchEngine.builder().taxonomy(taxonomy).build()) {
 *   engine.addVacancies(vacancies);
 *   engine.refresh();
 *   List<Match> top = engine.matchesFor(candidate, 10);
 * }
 * }</pre>
 */
public final class MatchEngine implements AutoCloseable {
  private static final int BATCH = 512;

  private final Clock clock;
  private final int retrievalDepth;
  private final MatchScorer scorer;
  private final ScoringProfile profile;
  private final VacancyIndex vacancies;
  private final CandidateIndex candidates;

  private MatchEngine(Builder b) {
    this.clock = b.clock;
    this.retrievalDepth = b.retrievalDepth;
    this.profile = b.profile;
    this.scorer = new MatchScorer(b.taxonomy, b.profile, b.rules, b.planner, b.horizonMonths);
    Optional<Path> vacancyDir = b.directory.map(d -> subdirectory(d, "vacancies"));
    Optional<Path> candidateDir = b.directory.map(d -> subdirectory(d, "candidates"));
    this.vacancies = new VacancyIndex(vacancyDir);
    this.candidates = new CandidateIndex(candidateDir);
  }

  private static Path subdirectory(Path root, String name) {
    try {
      return Files.createDirectories(root.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create index directory " + root.resolve(name), e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The date rules, pathways and expiry count from. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The exact scorer this engine ranks with. */
  public MatchScorer scorer() {
    return scorer;
  }

  /** Adds or replaces offers by id; resolves and indexes them on all cores. */
  public void addVacancies(Iterable<Vacancy> vacancies) {
    inBatches(vacancies, this::upsertVacancy);
  }

  /** Adds or replaces one offer by id. */
  public void upsertVacancy(Vacancy vacancy) {
    vacancies.upsert(scorer.prepare(requireNonNull(vacancy, "vacancy")));
  }

  /** Removes an offer; false when there was none with that id. */
  public boolean deleteVacancy(String id) {
    return vacancies.delete(requireNonNull(id, "id"));
  }

  /** Adds or replaces people by id (for ranking people for an offer). */
  public void addCandidates(Iterable<Candidate> candidates) {
    inBatches(candidates, this::upsertCandidate);
  }

  /** Adds or replaces one person by id. */
  public void upsertCandidate(Candidate candidate) {
    requireNonNull(candidate, "candidate");
    Map<String, Cefr> reachable = new HashMap<>();
    for (String code : CandidateIndex.FILTERED_LANGUAGES) {
      reachable.put(code, scorer.reachableLevel(candidate, code));
    }
    candidates.upsert(scorer.prepare(candidate), reachable);
  }

  /** Removes a person; false when there was none with that id. */
  public boolean deleteCandidate(String id) {
    return candidates.delete(requireNonNull(id, "id"));
  }

  /**
   * Removes offers whose start has passed or that have no places left; returns how many. Visible to
   * rankings after {@link #refresh()} (rankings leave such offers out anyway).
   */
  public int expireVacancies() {
    long today = today().toEpochDay();
    int n = 0;
    for (PreparedVacancy v : vacancies.latest()) {
      Vacancy vacancy = v.vacancy();
      boolean started = vacancy.start().map(s -> s.toEpochDay() < today).orElse(false);
      if ((started || vacancy.places() < 1) && vacancies.delete(vacancy.id())) {
        n++;
      }
    }
    return n;
  }

  /** Makes all updates so far visible to queries. */
  public void refresh() {
    vacancies.refresh();
    candidates.refresh();
  }

  public Optional<Vacancy> vacancy(String id) {
    return vacancies.vacancy(id).map(PreparedVacancy::vacancy);
  }

  public Optional<Candidate> candidate(String id) {
    return candidates.candidate(id).map(PreparedCandidate::candidate);
  }

  public int vacancyCount() {
    return vacancies.count();
  }

  public int candidateCount() {
    return candidates.count();
  }

  /** The best {@code k} eligible offers for a person, two-phase. */
  public List<Match> matchesFor(Candidate candidate, int k) {
    return matchesFor(candidate, k, Ranking.TWO_PHASE);
  }

  /** The best {@code k} eligible offers for a person; ties by offer id. */
  public List<Match> matchesFor(Candidate candidate, int k, Ranking ranking) {
    requireK(k);
    requireNonNull(ranking, "ranking");
    LocalDate today = today();
    PreparedCandidate pc = scorer.prepare(requireNonNull(candidate, "candidate"));
    List<PreparedVacancy> pool =
        ranking == Ranking.EXHAUSTIVE
            ? vacancies.all()
            : vacancies.retrieve(vacancyQuery(pc, today), retrievalDepth);
    return scorer.rankVacancies(pc, pool, k, today, ranking == Ranking.TWO_PHASE);
  }

  private VacancyQuery vacancyQuery(PreparedCandidate pc, LocalDate today) {
    float ws = (float) profile.weight(FactorKind.SKILLS);
    float we = (float) profile.weight(FactorKind.EXPERIENCE);
    int[] skillIds = new int[pc.skillCount()];
    float[] skillWeights = new float[skillIds.length];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pc.skillId(i);
      skillWeights[i] = ws * pc.skillValue(i);
    }
    int[] occIds = new int[pc.occupationCount()];
    float[] occWeights = new float[occIds.length];
    for (int i = 0; i < occIds.length; i++) {
      occIds[i] = pc.occupationId(i);
      occWeights[i] = we * pc.occupationValue(i);
    }
    Candidate c = pc.candidate();
    Map<String, Cefr> reachable = new HashMap<>();
    return new VacancyQuery(
        pc.point(),
        c.maxTravelKm() * 1.01 + 0.1,
        pc.pivotKm(),
        (float) profile.weight(FactorKind.DISTANCE),
        scorer.possibleTypes(c, today),
        code -> reachable.computeIfAbsent(code, x -> scorer.reachableLevel(c, x)),
        skillIds,
        skillWeights,
        (float) (ws * MatchScorer.NEUTRAL),
        occIds,
        occWeights,
        (float) (we * MatchScorer.NEUTRAL),
        today);
  }

  /** The best {@code k} eligible people for an offer, two-phase. */
  public List<Match> candidatesFor(Vacancy vacancy, int k) {
    return candidatesFor(vacancy, k, Ranking.TWO_PHASE);
  }

  /** The best {@code k} eligible people for an offer; ties by person id. */
  public List<Match> candidatesFor(Vacancy vacancy, int k, Ranking ranking) {
    requireK(k);
    requireNonNull(ranking, "ranking");
    LocalDate today = today();
    PreparedVacancy pv = scorer.prepare(requireNonNull(vacancy, "vacancy"));
    List<PreparedCandidate> pool =
        ranking == Ranking.EXHAUSTIVE
            ? candidates.all()
            : candidates.retrieve(candidateQuery(pv), retrievalDepth);
    return scorer.rankCandidates(pv, pool, k, today, ranking == Ranking.TWO_PHASE);
  }

  private CandidateQuery candidateQuery(PreparedVacancy pv) {
    float ws = (float) profile.weight(FactorKind.SKILLS);
    int[] skillIds = new int[pv.skillCount()];
    float[] skillWeights = new float[skillIds.length];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pv.skillId(i);
      skillWeights[i] = ws * pv.skillShare(i);
    }
    Map<String, Cefr> minimums = new HashMap<>();
    for (int i = 0; i < pv.languageCount(); i++) {
      if (pv.languageEssential(i)) {
        minimums.merge(
            pv.languageCode(i), pv.languageMin(i), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    return new CandidateQuery(
        pv.point(),
        TYPICAL_PIVOT_KM,
        (float) profile.weight(FactorKind.DISTANCE),
        minimums,
        skillIds,
        skillWeights,
        pv.occupationId(),
        (float) profile.weight(FactorKind.EXPERIENCE));
  }

  /** Pivot of the distance term when ranking people, whose travel distances differ. */
  private static final double TYPICAL_PIVOT_KM = 12.5;

  /**
   * Offers within the person's travel distance that are left out for them, each with the reasons:
   * the rules' exclusions, or why the pathway does not fit the horizon; sorted by offer id. Offers
   * beyond the travel distance, already started or without places are not listed.
   */
  public List<Exclusion> exclusionsFor(Candidate candidate) {
    LocalDate today = today();
    PreparedCandidate pc = scorer.prepare(requireNonNull(candidate, "candidate"));
    List<PreparedVacancy> all = new ArrayList<>(vacancies.all());
    all.sort(Comparator.comparing(PreparedVacancy::id));
    List<Exclusion> out = new ArrayList<>();
    for (PreparedVacancy pv : all) {
      if (!scorer.hardExclusions(pc, pv, today).isEmpty()) {
        continue;
      }
      Evaluation e = scorer.evaluate(pc, pv, today);
      if (e.match().isEmpty()) {
        out.add(new Exclusion(candidate.id(), pv.id(), e.exclusions()));
      }
    }
    return out;
  }

  /** Everything about one person and one offer (neither needs to be indexed). */
  public Assessment explain(Candidate candidate, Vacancy vacancy) {
    Evaluation e =
        scorer.evaluate(
            scorer.prepare(requireNonNull(candidate, "candidate")),
            scorer.prepare(requireNonNull(vacancy, "vacancy")),
            today());
    List<Message> reasons = e.exclusions();
    return new Assessment(candidate.id(), vacancy.id(), e.match(), reasons);
  }

  /**
   * Ranks offers for many people on {@code threads} threads; {@code sink} is called once per
   * person, from any thread, with that person's matches. Returns when all are done; the first
   * exception of any task is rethrown.
   */
  public void matchAll(
      Iterable<Candidate> candidates,
      int k,
      Ranking ranking,
      int threads,
      BiConsumer<Candidate, List<Match>> sink) {
    requireK(k);
    requireNonNull(ranking, "ranking");
    requireNonNull(sink, "sink");
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be positive");
    }
    forEachParallel(candidates, threads, c -> sink.accept(c, matchesFor(c, k, ranking)));
  }

  private <T> void inBatches(Iterable<T> items, java.util.function.Consumer<T> action) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<List<T>> batches = new ArrayList<>();
    List<T> batch = new ArrayList<>(BATCH);
    Iterator<T> it = items.iterator();
    if (threads == 1) {
      it.forEachRemaining(action);
      return;
    }
    while (it.hasNext()) {
      batch.add(it.next());
      if (batch.size() == BATCH) {
        batches.add(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
    batches.add(batch);
    forEachParallel(batches, threads, b -> b.forEach(action));
  }

  private static <T> void forEachParallel(
      Iterable<T> items, int threads, java.util.function.Consumer<T> action) {
    if (threads == 1) {
      items.forEach(action);
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "matcher-worker");
              t.setDaemon(true);
              return t;
            });
    Semaphore inFlight = new Semaphore(threads * 4);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try {
      for (T item : items) {
        if (failure.get() != null) {
          break;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(
            () -> {
              try {
                if (failure.get() == null) {
                  action.accept(item);
                }
              } catch (RuntimeException | Error e) {
                failure.compareAndSet(
                    null, e instanceof RuntimeException re ? re : new IllegalStateException(e));
              } finally {
                inFlight.release();
              }
            });
      }
    } finally {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
          // keep waiting: tasks are bounded
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while matching", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private static void requireK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k (" + k + ") must be positive");
    }
  }

  @Override
  public void close() {
    vacancies.close();
    candidates.close();
  }

  /** Configures a {@link MatchEngine}. */
  public static final class Builder {
    private Taxonomy taxonomy;
    private Optional<Path> directory = Optional.empty();
    private Clock clock = Clock.systemDefaultZone();
    private int horizonMonths = 12;
    private RuleSet rules = RuleSet.germanDefaults();
    private PathwayPlanner planner = PathwayPlanner.germanDefaults();
    private ScoringProfile profile = ScoringProfile.defaults();
    private int retrievalDepth = 300;

    private Builder() {}

    /** The taxonomy concepts are resolved and compared in (required). */
    public Builder taxonomy(Taxonomy taxonomy) {
      this.taxonomy = requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * Keep the Lucene indexes in {@code directory} (subfolders {@code vacancies} and {@code
     * candidates}, recreated on start) instead of on the heap. Recommended for large indexes:
     * memory-mapped files are faster to search than the on-heap directory and keep the heap for the
     * prepared offers.
     */
    public Builder directory(Path directory) {
      this.directory = Optional.of(requireNonNull(directory, "directory"));
      return this;
    }

    /** The date rules and pathways count from. */
    public Builder today(LocalDate today) {
      this.clock =
          Clock.fixed(
              today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
      return this;
    }

    /** The clock "today" is read from (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Offers reachable within this many months are listed as REACHABLE (default 12). */
    public Builder horizonMonths(int months) {
      if (months < 0) {
        throw new IllegalArgumentException("horizonMonths (" + months + ") must not be negative");
      }
      this.horizonMonths = months;
      return this;
    }

    /** The eligibility rules (default {@link RuleSet#germanDefaults()}). */
    public Builder rules(RuleSet rules) {
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    /** The pathway planner (default {@link PathwayPlanner#germanDefaults()}). */
    public Builder planner(PathwayPlanner planner) {
      this.planner = requireNonNull(planner, "planner");
      return this;
    }

    /** Weights and constants of scoring (default {@link ScoringProfile#defaults()}). */
    public Builder profile(ScoringProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** How many entries phase one hands to the exact scorer (default 300). */
    public Builder retrievalDepth(int depth) {
      if (depth < 1 || depth > 100_000) {
        throw new IllegalArgumentException("retrievalDepth (" + depth + ") must be in 1..100000");
      }
      this.retrievalDepth = depth;
      return this;
    }

    public MatchEngine build() {
      if (taxonomy == null) {
        throw new IllegalStateException("taxonomy is required");
      }
      return new MatchEngine(this);
    }
  }
}
