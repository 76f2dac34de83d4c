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
package org.chancengeber.matcher.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.scoring.PreparedCandidate;

/**
 * The people: a Lucene index for phase one of ranking people for an offer, the prepared people in
 * memory for phase two.
 *
 * <p>Fields: {@code id}; {@code key} (doc values → prepared person); {@code loc} (point + doc
 * values); {@code sk} (one feature per skill of the expanded profile, valued by similarity ×
 * evidence); {@code oc} (one feature per occupation the person has experience close to, valued by
 * the experience factor); {@code po} (occupations close to a preferred one, valued by closeness, or
 * {@code -} valued 1/2); {@code reach_de}, {@code reach_en} (the CEFR level reachable within the
 * horizon, as an ordinal, from the prepared person). These are the fit factors' terms: logistics
 * (language, distance, timing, support, offer type) are left to the exact scorer. Thread-safe.
 */
public final class CandidateIndex extends LuceneStore<PreparedCandidate> {
  private static final String REACH = "reach_";
  private final AtomicLong maxTravelBits = new AtomicLong(Double.doubleToLongBits(0));

  private static final String PREFERRED_OCCUPATION = "po";
  private static final float NEUTRAL = 0.5f;

  /**
   * An index in {@code directory}, opened at its last commit (see {@link LuceneStore}), or in
   * memory when empty.
   */
  public CandidateIndex(Optional<Path> directory) {
    super(directory);
  }

  @Override
  byte[] source(PreparedCandidate c) {
    // the profile only: the audit block never reaches the engine
    return org.chancengeber.matcher.io.CandidateFormat.toJson(
            new org.chancengeber.matcher.model.CandidateRecord(
                c.candidate(), org.chancengeber.matcher.model.AuditAttributes.NONE))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  void restored(PreparedCandidate c) {
    widenTravel(c.maxTravelKm());
  }

  @Override
  String idOf(PreparedCandidate c) {
    return c.id();
  }

  @Override
  Document document(PreparedCandidate c, long key) {
    Document doc = base(c.id(), key);
    GeoPoint p = c.point();
    doc.add(new LatLonPoint(VacancyIndex.LOC, p.lat(), p.lon()));
    doc.add(new LatLonDocValuesField(VacancyIndex.LOC, p.lat(), p.lon()));
    doc.add(cell(p.lat(), p.lon()));
    for (int i = 0; i < c.skillCount(); i++) {
      if (c.skillValue(i) > 0) {
        doc.add(
            new FeatureField(VacancyIndex.SKILL, Integer.toString(c.skillId(i)), c.skillValue(i)));
      }
    }
    for (int i = 0; i < c.occupationCount(); i++) {
      if (c.occupationValue(i) > 0) {
        doc.add(
            new FeatureField(
                VacancyIndex.OCCUPATION,
                Integer.toString(c.occupationId(i)),
                c.occupationValue(i)));
      }
    }
    for (String code : PreparedCandidate.REACHABLE_LANGUAGES) {
      doc.add(
          new IntPoint(REACH + code, c.reachable(code).map(Cefr::ordinal).orElse(-1).intValue()));
    }
    if (!c.hasPreferredOccupations()) {
      doc.add(new FeatureField(PREFERRED_OCCUPATION, VacancyIndex.NONE, NEUTRAL));
    }
    for (int i = 0; i < c.preferredOccupationCount(); i++) {
      if (c.preferredOccupationValue(i) > 0) {
        doc.add(
            new FeatureField(
                PREFERRED_OCCUPATION,
                Integer.toString(c.preferredOccupationId(i)),
                c.preferredOccupationValue(i)));
      }
    }
    return doc;
  }

  /** Adds or replaces a person by id; visible to searches after {@link #refresh()}. */
  public void upsert(PreparedCandidate candidate) {
    super.upsert(candidate);
    widenTravel(candidate.maxTravelKm());
  }

  private void widenTravel(double travel) {
    maxTravelBits.accumulateAndGet(
        Double.doubleToLongBits(travel),
        (a, b) -> Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? a : b);
  }

  public Optional<PreparedCandidate> candidate(String id) {
    return get(id);
  }

  /** The largest travel distance of any person written so far. */
  public double maxTravelKm() {
    return Double.longBitsToDouble(maxTravelBits.get());
  }

  /**
   * Phase one, page by page: the people within the largest travel distance of any person, able to
   * reach the offer's language minimums, best by the weighted skill, occupation and preferred
   * occupation terms. Close the retrieval when done.
   */
  public Retrieval<PreparedCandidate> retrieve(CandidateQuery q) {
    double radiusKm = maxTravelKm() * 1.01 + 0.1;
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    VacancyIndex.Added skills = VacancyIndex.terms(core, VacancyIndex.SKILL, q.skills(), 800);
    VacancyIndex.Added occupations =
        VacancyIndex.terms(core, VacancyIndex.OCCUPATION, q.occupations(), 800);
    List<Query> extra = new ArrayList<>();
    double extraMax = 0;
    BooleanQuery.Builder preferred = new BooleanQuery.Builder();
    VacancyIndex.Added p =
        VacancyIndex.terms(preferred, PREFERRED_OCCUPATION, q.preferredOccupation(), 1);
    if (p.clauses() > 0) {
      extra.add(preferred.build());
      float max = q.preferredOccupation().noneWeight();
      for (float w : q.preferredOccupation().weights()) {
        max = Math.max(max, w);
      }
      extraMax += max;
    }
    return retrieval(
        filters(q, radiusKm),
        skills.clauses() + occupations.clauses() > 0 ? core.build() : null,
        extra,
        extraMax,
        skills.leftOut() + occupations.leftOut() + p.leftOut());
  }

  private static List<BooleanClause> filters(CandidateQuery q, double radiusKm) {
    List<BooleanClause> b = new ArrayList<>();
    b.add(
        new BooleanClause(
            LatLonPoint.newDistanceQuery(
                VacancyIndex.LOC, q.point().lat(), q.point().lon(), radiusKm * 1000),
            Occur.FILTER));
    for (String code : PreparedCandidate.REACHABLE_LANGUAGES) {
      Cefr min = q.minimums().get(code);
      if (min != null) {
        b.add(
            new BooleanClause(
                IntPoint.newRangeQuery(REACH + code, min.ordinal(), Integer.MAX_VALUE),
                Occur.FILTER));
      }
    }
    return b;
  }
}
