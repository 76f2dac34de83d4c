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
package org.chancengeber.matcher.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.MatchFormat;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Match;

/**
 * Ranks one partition of staged people (lines {@code index TAB person-json}, in input order)
 * against the executor's offer index, lazily, person by person: a partition of any size needs the
 * memory of one person's matches. Each match becomes a row of {@link #SCHEMA}, whose {@code json}
 * column is the line {@code matcher match} prints for it.
 */
final class RankPartition implements FlatMapFunction<Iterator<String>, Row> {
  private static final long serialVersionUID = 1L;

  /** A match row; {@code score} is unrounded, {@code json} the match line without its newline. */
  static final StructType SCHEMA =
      new StructType()
          .add("candidate", DataTypes.StringType, false)
          .add("rank", DataTypes.IntegerType, false)
          .add("vacancy", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("readiness", DataTypes.StringType, false)
          .add("readyInMonths", DataTypes.IntegerType, false)
          .add("json", DataTypes.StringType, false);

  /** The source name of staged people in messages (they were all accepted on the driver). */
  static final String STAGED = "people staged for ranking";

  private final Broadcast<OfferIndex.Payload> offers;
  private final JobOptions options;
  private final JobStats stats;

  RankPartition(Broadcast<OfferIndex.Payload> offers, JobOptions options, JobStats stats) {
    this.offers = offers;
    this.options = options;
    this.stats = stats;
  }

  @Override
  public Iterator<Row> call(Iterator<String> staged) {
    MatchEngine engine = OfferIndex.engine(offers.id(), offers.value(), options, stats);
    ReadOptions read = OfferIndex.readOptions(OfferIndex.taxonomy(options.esco()), options);
    Locale locale = options.locale();
    int k = options.top;
    return new Iterator<>() {
      private final ArrayDeque<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && staged.hasNext()) {
          Candidate c = candidate(staged.next(), read);
          List<Match> matches = engine.matchesFor(c, k, options.ranking());
          stats.ranked(!matches.isEmpty());
          for (Match m : matches) {
            pending.add(row(m, locale));
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  static Row row(Match m, Locale locale) {
    return RowFactory.create(
        m.candidate(),
        m.rank(),
        m.vacancy(),
        m.score(),
        m.readiness().name(),
        m.readyInMonths(),
        MatchFormat.toJson(m, locale));
  }

  /** The person of a staged line, read back with the driver's options. */
  static Candidate candidate(String stagedLine, ReadOptions read) {
    String json = stagedLine.substring(stagedLine.indexOf('\t') + 1);
    try (JsonLinesReader<CandidateRecord> reader =
        CandidateFormat.reader(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), STAGED, read)) {
      LineResult<CandidateRecord> r = reader.next();
      if (r instanceof LineResult.Accepted<CandidateRecord> a) {
        return a.value().candidate();
      }
      // the driver accepted this line with the same options: reading it back cannot fail
      throw new IllegalStateException(
          "a staged person was not read back: " + ((LineResult.Rejected<?>) r).errors());
    }
  }
}
