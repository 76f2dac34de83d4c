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

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;

/**
 * The rankings compared in one run, as a JMH {@code @Param}: our two-phase ranking, the exhaustive
 * exact scorer it must agree with, and a plain BM25 keyword search (what a job board does).
 */
public enum Variant {
  /** Lucene retrieval page by page, the exact scorer over each page until the top k is proven. */
  TWO_PHASE {
    @Override
    Ranker<Candidate> offers(Corpus.Offers corpus) {
      return new OffersByEngine(corpus.engine(), Ranking.TWO_PHASE);
    }

    @Override
    Ranker<Vacancy> people(Corpus.People corpus) {
      return new PeopleByEngine(corpus.engine(), Ranking.TWO_PHASE);
    }
  },
  /** The exact scorer over every eligible entry: the oracle. */
  EXHAUSTIVE {
    @Override
    Ranker<Candidate> offers(Corpus.Offers corpus) {
      return new OffersByEngine(corpus.engine(), Ranking.EXHAUSTIVE);
    }

    @Override
    Ranker<Vacancy> people(Corpus.People corpus) {
      return new PeopleByEngine(corpus.engine(), Ranking.EXHAUSTIVE);
    }
  },
  /** BM25 over offer titles and descriptions (or people's labels), no taxonomy, no rules. */
  BM25 {
    @Override
    Ranker<Candidate> offers(Corpus.Offers corpus) {
      Bm25Index index = corpus.bm25();
      Texts texts = corpus.texts();
      return (person, k) -> index.search(texts.person(person), k);
    }

    @Override
    Ranker<Vacancy> people(Corpus.People corpus) {
      Bm25Index index = corpus.bm25();
      return (offer, k) -> index.search(Texts.offer(offer), k);
    }
  };

  /** A ranker of the corpus' offers for people; builds what it needs on first use. */
  abstract Ranker<Candidate> offers(Corpus.Offers corpus);

  /** A ranker of the corpus' people for offers; builds what it needs on first use. */
  abstract Ranker<Vacancy> people(Corpus.People corpus);

  /** Offers for a person through the engine; batches go through {@link MatchEngine#matchAll}. */
  record OffersByEngine(MatchEngine engine, Ranking ranking) implements Ranker<Candidate> {
    @Override
    public List<String> top(Candidate person, int k) {
      return engine.matchesFor(person, k, ranking).stream().map(Match::vacancy).toList();
    }

    @Override
    public long topAll(List<Candidate> people, int k, int threads) {
      LongAdder ranked = new LongAdder();
      engine.matchAll(people, k, ranking, threads, (person, matches) -> ranked.add(matches.size()));
      return ranked.sum();
    }
  }

  /** People for an offer through the engine. */
  record PeopleByEngine(MatchEngine engine, Ranking ranking) implements Ranker<Vacancy> {
    @Override
    public List<String> top(Vacancy offer, int k) {
      return engine.candidatesFor(offer, k, ranking).stream().map(Match::candidate).toList();
    }
  }
}
