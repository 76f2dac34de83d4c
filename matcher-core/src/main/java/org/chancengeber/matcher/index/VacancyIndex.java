package org.chancengeber.matcher.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.scoring.PreparedVacancy;

/**
 * The offers: a Lucene index for phase one of ranking, the prepared offers in memory for phase two.
 *
 * <p>Fields: {@code id}; {@code key} (doc values → prepared offer); {@code loc} (point + doc
 * values); {@code cell} (Z-order code of {@code loc}, the index sort); {@code type}; {@code
 * places}; {@code start} (epoch day, "as soon as possible" as the largest value); {@code sk} (one
 * feature per skill concept, valued by its share of the skills factor); {@code oc} (the occupation
 * concept as a feature); {@code lg} (one feature per language minimum, {@code de:B1}, valued by its
 * share of the language factor; {@code -} when the offer requires none); {@code lreq} ({@code
 * de:B1} per essential language minimum, for the filter). Thread-safe: writes from many threads,
 * searches at any time.
 */
public final class VacancyIndex extends LuceneStore<PreparedVacancy> {
  static final String LOC = "loc";
  static final String TYPE = "type";
  static final String PLACES = "places";
  static final String START = "start";
  static final String SKILL = "sk";
  static final String OCCUPATION = "oc";
  static final String LANGUAGE = "lreq";
  static final String LANGUAGE_VALUE = "lg";
  static final String NONE = "-";
  private static final int MAX_TERMS = 400;

  private final Set<String> essentialLanguages = ConcurrentHashMap.newKeySet();
  private final Set<String> languageCodes = ConcurrentHashMap.newKeySet();

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
    super(Optional.of(directory), wrap);
  }

  @Override
  byte[] source(PreparedVacancy v) {
    return org.chancengeber.matcher.io.VacancyFormat.toJson(v.vacancy())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  void restored(PreparedVacancy v) {
    for (int i = 0; i < v.languageCount(); i++) {
      languageCodes.add(v.languageCode(i));
      if (v.languageEssential(i)) {
        essentialLanguages.add(v.languageCode(i));
      }
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
    if (v.skillCount() == 0) {
      doc.add(new FeatureField(SKILL, NONE, 1));
    }
    for (int i = 0; i < v.skillCount(); i++) {
      doc.add(new FeatureField(SKILL, Integer.toString(v.skillId(i)), v.skillShare(i)));
    }
    doc.add(
        new FeatureField(
            OCCUPATION, v.occupationId() < 0 ? NONE : Integer.toString(v.occupationId()), 1));
    java.util.TreeMap<String, Float> languageShares = new java.util.TreeMap<>();
    for (int i = 0; i < v.languageCount(); i++) {
      languageCodes.add(v.languageCode(i));
      languageShares.merge(
          v.languageCode(i) + ":" + v.languageMin(i).name(), v.languageShare(i), Float::sum);
    }
    if (languageShares.isEmpty()) {
      doc.add(new FeatureField(LANGUAGE_VALUE, NONE, 1));
    }
    languageShares.forEach((term, share) -> doc.add(new FeatureField(LANGUAGE_VALUE, term, share)));
    for (int i = 0; i < v.languageCount(); i++) {
      if (v.languageEssential(i)) {
        essentialLanguages.add(v.languageCode(i));
        doc.add(
            new StringField(
                LANGUAGE, v.languageCode(i) + ":" + v.languageMin(i).name(), Field.Store.NO));
      }
    }
    return doc;
  }

  /** Adds or replaces an offer by id; visible to searches after {@link #refresh()}. */
  public void upsert(PreparedVacancy vacancy) {
    super.upsert(vacancy);
  }

  /** The latest offer written with this id. */
  public Optional<PreparedVacancy> vacancy(String id) {
    return get(id);
  }

  /**
   * Phase one, page by page: the offers that pass the filters, best by the weighted skill and
   * occupation terms, the boosted types and, where weighted, the language minimums and the distance
   * feature. Close the retrieval when done.
   */
  public Retrieval<PreparedVacancy> retrieve(VacancyQuery q) {
    if (q.types().isEmpty()) {
      return retrieval(
          List.of(new BooleanClause(MatchNoDocsQuery.INSTANCE, Occur.FILTER)),
          null,
          List.of(),
          0,
          0);
    }
    // the core: the weighted skill and occupation features, so that the offers sharing a concept
    // with the person come first (Lucene's dynamic pruning skips those that cannot reach the top);
    // the others follow only when their best possible score (the extra clauses' weights) is still
    // competitive
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    Added skills = terms(core, SKILL, q.skills(), MAX_TERMS);
    Added occupations = terms(core, OCCUPATION, q.occupations(), MAX_TERMS);
    List<Query> extra = new ArrayList<>();
    double extraMax = distance(extra, q.point(), q.distanceWeight(), q.pivotKm());
    // an offer's language features sum to 1, so the clause scores at most its heaviest term
    BooleanQuery.Builder languages = new BooleanQuery.Builder();
    float languageMax = 0;
    int languageClauses = 0;
    if (q.noLanguageWeight() > 0) {
      languages.add(
          FeatureField.newLinearQuery(LANGUAGE_VALUE, NONE, q.noLanguageWeight()), Occur.SHOULD);
      languageMax = q.noLanguageWeight();
      languageClauses++;
    }
    for (String code : languageCodes.stream().sorted().toList()) {
      float[] w = q.languageWeights().apply(code);
      for (Cefr level : Cefr.values()) {
        if (w[level.ordinal()] > 0) {
          languages.add(
              FeatureField.newLinearQuery(
                  LANGUAGE_VALUE, code + ":" + level.name(), w[level.ordinal()]),
              Occur.SHOULD);
          languageMax = Math.max(languageMax, w[level.ordinal()]);
          languageClauses++;
        }
      }
    }
    if (languageClauses > 0) {
      extra.add(languages.build());
      extraMax += languageMax;
    }
    if (!q.boostedTypes().isEmpty() && q.typeBoost() > 0) {
      extra.add(
          new BoostQuery(
              new ConstantScoreQuery(new TermInSetQuery(TYPE, typeTerms(q.boostedTypes()))),
              q.typeBoost()));
      extraMax += q.typeBoost();
    }
    return retrieval(
        filters(q),
        skills.clauses + occupations.clauses > 0 ? core.build() : null,
        extra,
        extraMax,
        skills.leftOut + occupations.leftOut);
  }

  /**
   * Adds the distance feature ({@code weight × pivot / (pivot + distance)}, the distance factor's
   * form) to {@code clauses} when the weight is positive; returns its largest score.
   */
  static double distance(List<Query> clauses, GeoPoint p, float weight, double pivotKm) {
    if (weight <= 0) {
      return 0;
    }
    clauses.add(
        LatLonPoint.newDistanceFeatureQuery(
            LOC, weight, p.lat(), p.lon(), Math.max(1, pivotKm * 1000)));
    return weight;
  }

  /** How many terms a query got, and the largest weight of those left out beyond the limit. */
  record Added(int clauses, float leftOut) {}

  /**
   * Adds a linear feature clause per id with a positive weight, the {@code max} heaviest when there
   * are more, and one for "names none".
   */
  static Added terms(BooleanQuery.Builder b, String field, WeightedTerms t, int max) {
    int[] ids = t.ids();
    float[] weights = t.weights();
    List<Integer> order = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      if (weights[i] > 0) {
        order.add(i);
      }
    }
    float leftOut = 0;
    if (order.size() > max) {
      order.sort(
          java.util.Comparator.comparingDouble((Integer i) -> -weights[i])
              .thenComparingInt(i -> ids[i]));
      leftOut = weights[order.get(max)];
      order = order.subList(0, max);
    }
    for (int i : order) {
      b.add(FeatureField.newLinearQuery(field, Integer.toString(ids[i]), weights[i]), Occur.SHOULD);
    }
    int clauses = order.size();
    if (t.noneWeight() > 0) {
      b.add(FeatureField.newLinearQuery(field, NONE, t.noneWeight()), Occur.SHOULD);
      clauses++;
    }
    return new Added(clauses, leftOut);
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
    LinkedHashMap<String, Cefr> reachable = new LinkedHashMap<>();
    essentialLanguages.stream().sorted().forEach(c -> reachable.put(c, q.reachable().apply(c)));
    List<BytesRef> beyond = new ArrayList<>();
    reachable.forEach(
        (code, level) -> {
          for (Cefr c : Cefr.values()) {
            if (c.compareTo(level) > 0) {
              beyond.add(new BytesRef(code + ":" + c.name()));
            }
          }
        });
    if (!beyond.isEmpty()) {
      b.add(new BooleanClause(new TermInSetQuery(LANGUAGE, beyond), Occur.MUST_NOT));
    }
    return b;
  }
}
