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
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;

/**
 * Two-phase ranking against the exhaustive oracle on generated data, without JMH: for each query,
 * whether the two rankings are identical (same entries, order and scores) and recall@10, how deep
 * phase one had to go, and the CPU time of each on the calling thread, after two warm-up rounds (a
 * diagnostic that a busy machine disturbs less than wall time; latency figures come from the JMH
 * benchmarks). Offers for people, or with {@code --people}, people for offers.
 *
 * <pre>{@code
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar \
 *     org.chancengeber.matcher.benchmarks.TwoPhaseCheck --offers 100000 --queries 200
 * }</pre>
 *
 * <p>Options: {@code --offers N} or {@code --people N} (size of the index, default 100,000 offers),
 * {@code --queries Q} (default 200), {@code --seconds S} (stop asking after S seconds, default
 * 600), {@code --taxonomy esco|sample}, {@code --esco DIR}, {@code --seed S} (default 42), {@code
 * --cuts yes} (before the summary, one line per ranking cut at the retrieval limit: the query and
 * the exhaustive top k's scores, fits and factor values, to see why phase one could not prove it),
 * {@code --slowest N} (before the summary, the N slowest two-phase rankings: the query, CPU time,
 * offers or people retrieved, and whether cut; default 0).
 */
public final class TwoPhaseCheck {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private TwoPhaseCheck() {}

  public static void main(String[] args) {
    int size = 100_000;
    boolean people = false;
    int queries = 200;
    long seconds = 600;
    String taxonomy = Taxonomies.ESCO;
    String esco = "";
    long seed = 42;
    boolean cuts = false;
    int slowest = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--offers" -> size = Args.count(a, v);
        case "--people" -> {
          size = Args.count(a, v);
          people = true;
        }
        case "--queries" -> queries = Math.min(Corpus.QUERIES, Args.count(a, v));
        case "--seconds" -> seconds = Args.number(a, v);
        case "--taxonomy" -> taxonomy = v;
        case "--esco" -> esco = v;
        case "--seed" -> seed = Args.number(a, v);
        case "--cuts" -> cuts = Args.yesNo(a, v);
        case "--slowest" -> slowest = Args.count(a, v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    Corpus.Key key = new Corpus.Key(taxonomy, esco, size, seed, "en");
    if (people) {
      try (Corpus.People corpus = Corpus.people(key)) {
        MatchEngine engine = corpus.engine();
        run(
            engine,
            corpus.queries().subList(0, queries),
            seconds,
            engine::candidatesFor,
            "people",
            TwoPhaseCheck::describe,
            cuts,
            slowest);
      }
    } else {
      try (Corpus.Offers corpus = Corpus.offers(key)) {
        MatchEngine engine = corpus.engine();
        run(
            engine,
            corpus.queries().subList(0, queries),
            seconds,
            engine::matchesFor,
            "offers",
            TwoPhaseCheck::describe,
            cuts,
            slowest);
      }
    }
  }

  private interface Rank<Q> {
    List<Match> top(Q query, int k, Ranking ranking);
  }

  private static <Q> void run(
      MatchEngine engine,
      List<Q> queries,
      long seconds,
      Rank<Q> rank,
      String what,
      Function<Q, String> describe,
      boolean cuts,
      int slowest) {
    int k = 10;
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    // warm up: the JIT and the index' first reads (times taken cold vary by half)
    for (int round = 0; round < 2; round++) {
      for (Q q : queries) {
        rank.top(q, k, Ranking.TWO_PHASE);
      }
    }
    MatchEngine.RetrievalStats before = engine.retrievalStats();
    List<Double> slow = new ArrayList<>();
    List<Timed<Q>> timed = new ArrayList<>();
    int identical = 0;
    int asked = 0;
    double recall = 0;
    BiFunction<Match, Boolean, String> idOf = (m, offers) -> offers ? m.vacancy() : m.candidate();
    boolean offers = what.equals("offers");
    for (Q q : queries) {
      if (System.nanoTime() > deadline) {
        break;
      }
      long limited = engine.retrievalStats().limited();
      long retrieved = engine.retrievalStats().retrieved();
      long t0 = THREADS.getCurrentThreadCpuTime();
      List<Match> two = rank.top(q, k, Ranking.TWO_PHASE);
      long t1 = THREADS.getCurrentThreadCpuTime();
      MatchEngine.RetrievalStats now = engine.retrievalStats();
      boolean cut = now.limited() > limited;
      timed.add(new Timed<>(q, (t1 - t0) / 1e6, now.retrieved() - retrieved, cut));
      List<Match> oracle = rank.top(q, k, Ranking.EXHAUSTIVE);
      long t2 = THREADS.getCurrentThreadCpuTime();
      slow.add((t2 - t1) / 1e6);
      asked++;
      identical += two.equals(oracle) ? 1 : 0;
      if (cuts && cut) {
        System.out.println(
            "cut: " + describe.apply(q) + "; exhaustive top " + k + ": " + scores(oracle));
      }
      recall +=
          Metrics.recall(
              two.stream().map(m -> idOf.apply(m, offers)).toList(),
              oracle.stream().map(m -> idOf.apply(m, offers)).toList(),
              k);
    }
    timed.stream()
        .sorted(Comparator.comparingDouble((Timed<Q> t) -> t.ms()).reversed())
        .limit(slowest)
        .forEach(
            t ->
                System.out.printf(
                    Locale.ROOT,
                    "slow: %s; two-phase CPU ms %.2f; retrieved %d%s%n",
                    describe.apply(t.query()),
                    t.ms(),
                    t.retrieved(),
                    t.cut() ? "; cut at the limit" : ""));
    List<Double> fast = timed.stream().map(Timed::ms).toList();
    MatchEngine.RetrievalStats after = engine.retrievalStats();
    long rankings = (after.proven() - before.proven()) + (after.limited() - before.limited());
    System.out.printf(
        Locale.ROOT,
        "%s: %d queries; identical to exhaustive %d; recall@10 %.4f; proven %d, cut at the limit %d;"
            + " retrieved per ranking %.0f; two-phase CPU ms p50 %.2f p99 %.2f mean %.2f;"
            + " exhaustive CPU ms p50 %.2f mean %.2f%n",
        what,
        asked,
        identical,
        recall / asked,
        after.proven() - before.proven(),
        after.limited() - before.limited(),
        (double) (after.retrieved() - before.retrieved()) / Math.max(1, rankings),
        percentile(fast, 0.5),
        percentile(fast, 0.99),
        fast.stream().mapToDouble(d -> d).average().orElse(0),
        percentile(slow, 0.5),
        slow.stream().mapToDouble(d -> d).average().orElse(0));
  }

  /** One two-phase ranking: its query, CPU time, offers or people retrieved, and whether cut. */
  private record Timed<Q>(Q query, double ms, long retrieved, boolean cut) {}

  private static String describe(Vacancy v) {
    return v.id() + " (" + v.type() + ", " + v.skills().size() + " skills)";
  }

  private static String describe(Candidate c) {
    return c.id() + " (" + c.skills().size() + " skills, travels " + c.maxTravelKm() + " km)";
  }

  /** Each match's score and fit (the first part of its explanation). */
  private static String scores(List<Match> matches) {
    StringBuilder b = new StringBuilder();
    for (Match m : matches) {
      b.append(b.isEmpty() ? "" : ", ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%.3f (fit %.3f; %s)",
                  m.score(),
                  m.explanation().details().get(0).value(),
                  factors(m)));
    }
    return b.toString();
  }

  /** The match's factors by name and value, as "skills 0.12 distance 0.80 …". */
  private static String factors(Match m) {
    StringBuilder b = new StringBuilder();
    for (Factor f : m.factors()) {
      b.append(b.isEmpty() ? "" : " ")
          .append(f.name())
          .append(' ')
          .append(String.format(Locale.ROOT, "%.2f", f.value()));
    }
    return b.toString();
  }

  private static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
