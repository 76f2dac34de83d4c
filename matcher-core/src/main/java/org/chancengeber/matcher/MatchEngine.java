package org.chancengeber.matcher;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The facade most users need: index offers and people, then rank offers for a person and people for
 * an offer, each match explained and with its pathway. Safe for concurrent queries while updates
 * run; updates become visible to queries after {@link #refresh()}.
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

  private MatchEngine(Builder builder) {
    throw new UnsupportedOperationException("MatchEngine is being built (issue 5)");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds or replaces offers by id. */
  public void addVacancies(Iterable<Vacancy> vacancies) {
    throw new UnsupportedOperationException();
  }

  /** Adds or replaces one offer by id. */
  public void upsertVacancy(Vacancy vacancy) {
    throw new UnsupportedOperationException();
  }

  /** Removes an offer; false when there was none with that id. */
  public boolean deleteVacancy(String id) {
    throw new UnsupportedOperationException();
  }

  /** Adds or replaces people by id (for ranking people for an offer). */
  public void addCandidates(Iterable<Candidate> candidates) {
    throw new UnsupportedOperationException();
  }

  /** Adds or replaces one person by id. */
  public void upsertCandidate(Candidate candidate) {
    throw new UnsupportedOperationException();
  }

  /** Removes a person; false when there was none with that id. */
  public boolean deleteCandidate(String id) {
    throw new UnsupportedOperationException();
  }

  /** Removes offers whose start has passed or that have no places left; returns how many. */
  public int expireVacancies() {
    throw new UnsupportedOperationException();
  }

  /** Makes all updates so far visible to queries. */
  public void refresh() {
    throw new UnsupportedOperationException();
  }

  public Optional<Vacancy> vacancy(String id) {
    throw new UnsupportedOperationException();
  }

  public Optional<Candidate> candidate(String id) {
    throw new UnsupportedOperationException();
  }

  public int vacancyCount() {
    throw new UnsupportedOperationException();
  }

  public int candidateCount() {
    throw new UnsupportedOperationException();
  }

  /** The best {@code k} eligible offers for a person, two-phase. */
  public List<Match> matchesFor(Candidate candidate, int k) {
    return matchesFor(candidate, k, Ranking.TWO_PHASE);
  }

  public List<Match> matchesFor(Candidate candidate, int k, Ranking ranking) {
    throw new UnsupportedOperationException();
  }

  /** The best {@code k} eligible people for an offer, two-phase. */
  public List<Match> candidatesFor(Vacancy vacancy, int k) {
    return candidatesFor(vacancy, k, Ranking.TWO_PHASE);
  }

  public List<Match> candidatesFor(Vacancy vacancy, int k, Ranking ranking) {
    throw new UnsupportedOperationException();
  }

  /** Offers left out for a person, each with the rules' reasons. */
  public List<Exclusion> exclusionsFor(Candidate candidate) {
    throw new UnsupportedOperationException();
  }

  /** Everything about one person and one offer. */
  public Assessment explain(Candidate candidate, Vacancy vacancy) {
    throw new UnsupportedOperationException();
  }

  /**
   * Ranks offers for many people on {@code threads} threads; {@code sink} is called once per
   * person, from any thread, with that person's matches.
   */
  public void matchAll(
      Iterable<Candidate> candidates,
      int k,
      Ranking ranking,
      int threads,
      BiConsumer<Candidate, List<Match>> sink) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}

  /** Configures a {@link MatchEngine}. */
  public static final class Builder {
    private Taxonomy taxonomy;
    private Optional<Path> directory = Optional.empty();
    private Clock clock = Clock.systemDefaultZone();
    private int horizonMonths = 12;

    private Builder() {}

    /** The taxonomy concepts are resolved and compared in (required). */
    public Builder taxonomy(Taxonomy taxonomy) {
      this.taxonomy = requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /** Keep the index in {@code directory} instead of in memory. */
    public Builder directory(Path directory) {
      this.directory = Optional.of(directory);
      return this;
    }

    /** The date rules and pathways count from. */
    public Builder today(LocalDate today) {
      this.clock =
          Clock.fixed(
              today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
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

    public MatchEngine build() {
      if (taxonomy == null) {
        throw new IllegalStateException("taxonomy is required");
      }
      return new MatchEngine(this);
    }
  }
}
