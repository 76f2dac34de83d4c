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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.scoring.LogisticsBound;
import org.chancengeber.matcher.scoring.PreparedVacancy;

/**
 * The offers: a Lucene index for phase one of ranking, the prepared offers in memory for phase two.
 *
 * <p>Fields: {@code id}; {@code key} (doc values → prepared offer); {@code loc} (point + doc
 * values); {@code cell} (Z-order code of {@code loc}, the index sort); {@code type}; {@code
 * places}; {@code start} (epoch day, "as soon as possible" as the largest value); {@code sk} (one
 * feature per skill the offer names, valued by {@link PreparedVacancy#phaseOneShare}); {@code op}
 * (the occupation, valued by the scale of the skills its profile adds, see {@link
 * PreparedVacancy#profileScale()}); {@code oc} (the occupation concept as a feature); {@code lreq}
 * ({@code de:B1} per essential language minimum, for the filter); for the logistics bound (see
 * {@link LogisticsBound}) {@code ll} (one feature per language minimum, {@code de:B1}, or {@code
 * de:B1:e} for an essential one, whose courses bound the timing factor, valued by its share of the
 * language factor; {@code -} for none) and {@code sup} (the employer's support flags, 0 to 7).
 * Thread-safe: writes from many threads, searches at any time.
 */
public final class VacancyIndex extends LuceneStore<PreparedVacancy> {
  static final String LOC = "loc";
  static final String TYPE = "type";
  static final String PLACES = "places";
  static final String START = "start";
  static final String SKILL = "sk";
  static final String OCCUPATION = "oc";
  static final String PROFILE = "op";
  static final String LANGUAGE = "lreq";
  static final String LOGISTICS_LANGUAGE = "ll";
  static final String SUPPORT = "sup";
  static final String NONE = "-";

  /**
   * Most terms per field in one query, the heaviest; the weight of the heaviest left out is added
   * to the bound of every unseen offer. Each term costs Lucene a setup and a place in the
   * disjunction: at 1,000,000 offers, 150/100/100 gave CPU p50 11.7 ms against 19.9 with
   * 400/200/300 (80/60/60 cut more rankings at the limit).
   */
  private static final int MAX_SKILL_TERMS = 150;

  private static final int MAX_OCCUPATION_TERMS = 100;
  private static final int MAX_PROFILE_TERMS = 100;

  private final Set<String> essentialLanguages = ConcurrentHashMap.newKeySet();
  private final Set<String> logisticsLanguages = ConcurrentHashMap.newKeySet();

  /**
   * An index in {@code directory}, opened at its last commit (see {@link LuceneStore}), or in
   * memory when empty.
   */
  public VacancyIndex(Optional<Path> directory) {
    super(directory);
  }

  /** An index in {@code directory}, its Lucene directory wrapped (for fault tests). */
  VacancyIndex(
      Path directory, java.util.function.UnaryOperator<org.apache.lucene.store.Directory> wrap) {
    this(directory, wrap, BUFFER_BYTES);
  }

  /**
   * As {@link #VacancyIndex(Path, java.util.function.UnaryOperator)}, with buffers of that size.
   */
  VacancyIndex(
      Path directory,
      java.util.function.UnaryOperator<org.apache.lucene.store.Directory> wrap,
      long bufferBytes) {
    super(Optional.of(directory), wrap, bufferBytes);
  }

  @Override
  byte[] source(PreparedVacancy v) {
    return org.chancengeber.matcher.io.VacancyFormat.toJson(v.vacancy())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  void restored(PreparedVacancy v) {
    for (int i = 0; i < v.languageCount(); i++) {
      if (v.languageEssential(i)) {
        essentialLanguages.add(v.languageCode(i));
      }
      logisticsLanguages.add(v.languageCode(i));
    }
  }

  @Override
  String idOf(PreparedVacancy v) {
    return v.id();
  }

  @Override
  Document document(PreparedVacancy v, long key) {
    Document doc = base(v.id(), key);
    GeoPoint p = v.point();
    doc.add(new LatLonPoint(LOC, p.lat(), p.lon()));
    doc.add(new LatLonDocValuesField(LOC, p.lat(), p.lon()));
    doc.add(cell(p.lat(), p.lon()));
    doc.add(new StringField(TYPE, v.vacancy().type().name(), Field.Store.NO));
    doc.add(new IntPoint(PLACES, v.vacancy().places()));
    doc.add(
        new LongPoint(START, v.vacancy().start().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE)));
    if (v.profileFrom() == 0) {
      doc.add(new FeatureField(SKILL, NONE, 1));
    }
    for (int i = 0; i < v.profileFrom(); i++) {
      float share = v.phaseOneShare(i);
      if (share > 0) {
        doc.add(new FeatureField(SKILL, Integer.toString(v.skillId(i)), share));
      }
    }
    if (v.profileScale() > 0) {
      doc.add(new FeatureField(PROFILE, Integer.toString(v.occupationId()), v.profileScale()));
    }
    doc.add(
        new FeatureField(
            OCCUPATION, v.occupationId() < 0 ? NONE : Integer.toString(v.occupationId()), 1));
    for (int i = 0; i < v.languageCount(); i++) {
      if (v.languageEssential(i)) {
        essentialLanguages.add(v.languageCode(i));
        doc.add(
            new StringField(
                LANGUAGE, v.languageCode(i) + ":" + v.languageMin(i).name(), Field.Store.NO));
      }
    }
    // a feature once per term: two minimums at one level in one language, both essential or both
    // optional, add their shares
    java.util.TreeMap<String, Float> shares = new java.util.TreeMap<>();
    for (int i = 0; i < v.languageCount(); i++) {
      logisticsLanguages.add(v.languageCode(i));
      shares.merge(
          logisticsTerm(v.languageCode(i), v.languageMin(i), v.languageEssential(i)),
          v.languageShare(i),
          Float::sum);
    }
    if (shares.isEmpty()) {
      shares.put(NONE, 1f);
    }
    shares.forEach((term, share) -> doc.add(new FeatureField(LOGISTICS_LANGUAGE, term, share)));
    doc.add(
        new StringField(
            SUPPORT,
            Integer.toString(LogisticsBound.supportFlags(v.vacancy().employer())),
            Field.Store.NO));
    return doc;
  }

  /** Adds or replaces an offer by id; visible to searches after {@link #refresh()}. */
  public void upsert(PreparedVacancy vacancy) {
    super.upsert(vacancy);
  }

  /** The language codes some offer written so far requires a level in (its essential minimums). */
  public Set<String> essentialLanguages() {
    return Set.copyOf(essentialLanguages);
  }

  /** The language codes some offer written so far names a minimum in. */
  public Set<String> logisticsLanguages() {
    return Set.copyOf(logisticsLanguages);
  }

  /** The latest offer written with this id. */
  public Optional<PreparedVacancy> vacancy(String id) {
    return get(id);
  }

  /**
   * Phase one, page by page, in two stages: the offers that pass the filters and share a weighted
   * skill or occupation term with the person, best by those terms; and the offers that teach their
   * occupation, best by what their floor of fit can score (the query's {@link VacancyQuery#floor()
   * floor}). Once the top k is full, the first stage can also be read with the logistics bound
   * added ({@link Retrieval#aboveByLogistics}). Close the retrieval when done.
   */
  public Retrieval<PreparedVacancy> retrieve(VacancyQuery q) {
    if (q.types().isEmpty()) {
      return twoStages(
          List.of(new BooleanClause(MatchNoDocsQuery.INSTANCE, Occur.FILTER)),
          null,
          need -> List.of(),
          null,
          0,
          0,
          0);
    }
    // the core: the weighted skill and occupation features, so that the offers sharing a concept
    // with the person come first (Lucene's dynamic pruning skips those that cannot reach the top)
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    Added skills = terms(core, SKILL, q.skills(), MAX_SKILL_TERMS);
    Added occupations = terms(core, OCCUPATION, q.occupations(), MAX_OCCUPATION_TERMS);
    // an offer has one profile term at most, so those left out add at most the heaviest of them
    Added profiles = terms(core, PROFILE, q.profiles(), MAX_PROFILE_TERMS);
    List<BooleanClause> filters = filters(q);
    // the left-out terms bounded per offer, so that the complete core needs no slack
    List<Query> leftOut = new ArrayList<>(skills.bound(SKILL));
    leftOut.addAll(occupations.bound(OCCUPATION));
    leftOut.addAll(profiles.bound(PROFILE));
    return twoStages(
        filters,
        skills.clauses + occupations.clauses + profiles.clauses > 0 ? core.build() : null,
        need -> {
          if (need <= 0) {
            return leftOut;
          }
          // what the offer's logistics allow, times the need
          List<Query> extra = new ArrayList<>(logistics(q.logistics().times(need), q));
          extra.addAll(leftOut);
          return extra;
        },
        floor(filters, q),
        q.floor().max(),
        // the floor's feature clauses: the language minimums (their shares sum to 1) and the
        // distance; its type and support clauses are constants, exact
        (q.floor().anyLanguage() + q.floor().distance()) * 1.01,
        skills.leftOut + occupations.leftOut + profiles.leftOut);
  }

  /**
   * The second stage: the offers that teach, of the types the floor has, scored by their type, the
   * values of their language minimums, their employer's support and their distance; null when the
   * floor is empty.
   */
  private Query floor(List<BooleanClause> filters, VacancyQuery q) {
    LogisticsBound f = q.floor();
    if (f.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filters.forEach(b::add);
    b.add(new TermInSetQuery(TYPE, typeTerms(f.types().keySet())), Occur.FILTER);
    logistics(f, q).forEach(c -> b.add(c, Occur.SHOULD));
    return b.build();
  }

  /**
   * The clauses of a logistics bound, to be added as SHOULD: a constant per offer type, a feature
   * per language minimum, a constant per support flags, the distance feature.
   */
  private List<Query> logistics(LogisticsBound f, VacancyQuery q) {
    List<Query> out = new ArrayList<>();
    f.types()
        .forEach(
            (type, w) -> {
              if (w > 0) {
                out.add(
                    new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(TYPE, type.name()))), w));
              }
            });
    for (String code : logisticsLanguages.stream().sorted().toList()) {
      for (Cefr level : Cefr.values()) {
        for (boolean essential : new boolean[] {false, true}) {
          float w = f.language(code, level, essential);
          if (w > 0) {
            out.add(
                FeatureField.newLinearQuery(
                    LOGISTICS_LANGUAGE, logisticsTerm(code, level, essential), w));
          }
        }
      }
    }
    if (f.anyLanguage() > 0) {
      out.add(FeatureField.newLinearQuery(LOGISTICS_LANGUAGE, NONE, f.anyLanguage()));
    }
    for (int flags = 0; flags < 8; flags++) {
      if (f.support(flags) > 0) {
        out.add(
            new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(SUPPORT, Integer.toString(flags)))),
                f.support(flags)));
      }
    }
    if (f.distance() > 0 && f.pivotKm() > 0) {
      out.add(
          LatLonPoint.newDistanceFeatureQuery(
              LOC, f.distance(), q.point().lat(), q.point().lon(), f.pivotKm() * 1000));
    }
    return out;
  }

  /** How many terms a query got, and the largest weight of those left out beyond the limit. */
  record Added(int clauses, float leftOut, List<BytesRef> leftOutTerms) {
    /**
     * The terms left out as one constant clause of their heaviest weight, to be added as SHOULD: an
     * entry's shares of one field's features sum to at most 1 (an offer has one profile term), so
     * what the left-out terms would add is at most that weight, and only where one matches.
     */
    List<Query> bound(String field) {
      return leftOutTerms.isEmpty()
          ? List.of()
          : List.of(
              new BoostQuery(
                  new ConstantScoreQuery(new TermInSetQuery(field, leftOutTerms)), leftOut));
    }
  }

  /**
   * Adds a linear feature clause per id with a positive weight, the {@code max} heaviest when there
   * are more, and one for "names none".
   */
  static Added terms(BooleanQuery.Builder b, String field, WeightedTerms t, int max) {
    int[] ids = t.ids();
    float[] weights = t.weights();
    // heaviest first, ties by id: a positive float's bits sort as the float does
    long[] order = new long[ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (weights[i] > 0) {
        order[n++] =
            (long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32
                | (ids[i] & 0xffffffffL);
      }
    }
    float leftOut = 0;
    List<BytesRef> leftOutTerms = new ArrayList<>();
    if (n > max) {
      Arrays.sort(order, 0, n);
      leftOut = weightOf(order[max]);
      for (int i = max; i < n; i++) {
        leftOutTerms.add(new BytesRef(Integer.toString(idOf(order[i]))));
      }
      n = max;
    }
    for (int i = 0; i < n; i++) {
      b.add(
          FeatureField.newLinearQuery(field, Integer.toString(idOf(order[i])), weightOf(order[i])),
          Occur.SHOULD);
    }
    int clauses = n;
    if (t.noneWeight() > 0) {
      b.add(FeatureField.newLinearQuery(field, NONE, t.noneWeight()), Occur.SHOULD);
      clauses++;
    }
    return new Added(clauses, leftOut, leftOutTerms);
  }

  /**
   * The term of a language minimum in the logistics field: {@code de:B1}, essential {@code
   * de:B1:e}.
   */
  private static String logisticsTerm(String code, Cefr level, boolean essential) {
    return code + ":" + level.name() + (essential ? ":e" : "");
  }

  private static int idOf(long ordered) {
    return (int) ordered;
  }

  private static float weightOf(long ordered) {
    return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (ordered >>> 32));
  }

  private static List<BytesRef> typeTerms(Set<OfferType> types) {
    List<BytesRef> out = new ArrayList<>();
    types.stream().sorted().forEach(t -> out.add(new BytesRef(t.name())));
    return out;
  }

  private List<BooleanClause> filters(VacancyQuery q) {
    List<BooleanClause> b = new ArrayList<>();
    double lat = q.point().lat();
    double lon = q.point().lon();
    double meters = q.radiusKm() * 1000;
    // the bounding box of the travel distance, on points: with the index sorted by location the
    // offers in it are a few runs of doc ids, and most tree cells lie wholly inside the box, so no
    // per-offer distance test is needed here; the exact scorer leaves out the offers in the
    // corners, beyond the travel distance (they are the farthest, so the distance feature ranks
    // them low)
    Rectangle box = Rectangle.fromPointDistance(lat, lon, meters);
    b.add(
        new BooleanClause(
            LatLonPoint.newBoxQuery(LOC, box.minLat, box.maxLat, box.minLon, box.maxLon),
            Occur.FILTER));
    b.add(new BooleanClause(IntPoint.newRangeQuery(PLACES, 1, Integer.MAX_VALUE), Occur.FILTER));
    b.add(
        new BooleanClause(
            LongPoint.newRangeQuery(START, q.today().toEpochDay(), Long.MAX_VALUE), Occur.FILTER));
    if (!q.types().equals(EnumSet.allOf(OfferType.class))) {
      b.add(new BooleanClause(new TermInSetQuery(TYPE, typeTerms(q.types())), Occur.FILTER));
    }
    List<BytesRef> beyond = new ArrayList<>();
    for (String code : essentialLanguages.stream().sorted().toList()) {
      Cefr level = q.reachable().get(code);
      for (Cefr c : Cefr.values()) {
        if (level == null || c.compareTo(level) > 0) {
          beyond.add(new BytesRef(code + ":" + c.name()));
        }
      }
    }
    if (!beyond.isEmpty()) {
      b.add(new BooleanClause(new TermInSetQuery(LANGUAGE, beyond), Occur.MUST_NOT));
    }
    return b;
  }
}
