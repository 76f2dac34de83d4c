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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
 * concept as a feature); {@code lreq} ({@code de:B1} per essential language minimum). Thread-safe:
 * writes from many threads, searches at any time.
 */
public final class VacancyIndex extends LuceneStore<PreparedVacancy> {
  static final String LOC = "loc";
  static final String TYPE = "type";
  static final String PLACES = "places";
  static final String START = "start";
  static final String SKILL = "sk";
  static final String OCCUPATION = "oc";
  static final String LANGUAGE = "lreq";
  static final String NONE = "-";
  private static final int MAX_TERMS = 400;

  private final Set<String> essentialLanguages = ConcurrentHashMap.newKeySet();

  /** An index in {@code directory} (recreated), or in memory when empty. */
  public VacancyIndex(Optional<Path> directory) {
    super(directory);
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

  @Override
  public boolean delete(String id) {
    return super.delete(id);
  }

  @Override
  public void refresh() {
    super.refresh();
  }

  /** The latest offer written with this id. */
  public Optional<PreparedVacancy> vacancy(String id) {
    return get(id);
  }

  /** Number of offers written (and not deleted). */
  public int count() {
    return size();
  }

  /** All offers written (and not deleted), visible or not yet; in no particular order. */
  public List<PreparedVacancy> latest() {
    return super.latest();
  }

  /** Every offer of the current snapshot: the pool of the exhaustive oracle. */
  public List<PreparedVacancy> all() {
    return search(this::all);
  }

  /**
   * Phase one: at most {@code depth} offers that pass the filters, best by the weighted skill,
   * occupation and distance terms; topped up by distance alone when few match any term.
   */
  public List<PreparedVacancy> retrieve(VacancyQuery q, int depth) {
    if (q.types().isEmpty()) {
      return List.of();
    }
    return search(s -> retrieve(s, q, depth));
  }

  private List<PreparedVacancy> retrieve(IndexSearcher s, VacancyQuery q, int depth)
      throws java.io.IOException {
    Query distance =
        LatLonPoint.newDistanceFeatureQuery(
            LOC,
            Math.max(q.distanceWeight(), 1e-6f),
            q.point().lat(),
            q.point().lon(),
            Math.max(1, q.pivotKm() * 1000));
    // The filters; as the required part, the weighted skill and occupation features, so that only
    // offers sharing a concept with the person are scored (Lucene's dynamic pruning skips those
    // that cannot reach the top); the distance feature on top. When few offers match any term (less
    // than a third of the depth), the nearest others fill up: offers sharing no concept score at
    // most the other factors' weight and rarely reach the top while enough others share one.
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    int clauses = terms(core, SKILL, q.skillIds(), q.skillWeights(), MAX_TERMS);
    if (q.noSkillsWeight() > 0) {
      core.add(FeatureField.newLinearQuery(SKILL, NONE, q.noSkillsWeight()), Occur.SHOULD);
      clauses++;
    }
    clauses += terms(core, OCCUPATION, q.occupationIds(), q.occupationWeights(), MAX_TERMS);
    if (q.noOccupationWeight() > 0) {
      core.add(FeatureField.newLinearQuery(OCCUPATION, NONE, q.noOccupationWeight()), Occur.SHOULD);
      clauses++;
    }
    ScoreDoc[] hits = new ScoreDoc[0];
    if (clauses > 0) {
      BooleanQuery.Builder main = filters(q);
      main.add(core.build(), Occur.MUST);
      main.add(distance, Occur.SHOULD);
      hits = s.search(main.build(), depth).scoreDocs;
    }
    if (hits.length < depth / 3) {
      BooleanQuery.Builder fill = filters(q);
      fill.add(distance, Occur.MUST);
      ScoreDoc[] more = s.search(fill.build(), depth).scoreDocs;
      ScoreDoc[] all = java.util.Arrays.copyOf(hits, hits.length + more.length);
      System.arraycopy(more, 0, all, hits.length, more.length);
      hits = all;
    }
    return entries(s, hits);
  }

  /** Adds a linear feature clause per id, the {@code max} heaviest when there are more. */
  static int terms(BooleanQuery.Builder b, String field, int[] ids, float[] weights, int max) {
    List<Integer> order = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      if (weights[i] > 0) {
        order.add(i);
      }
    }
    if (order.size() > max) {
      order.sort(
          java.util.Comparator.comparingDouble((Integer i) -> -weights[i])
              .thenComparingInt(i -> ids[i]));
      order = order.subList(0, max);
    }
    for (int i : order) {
      b.add(FeatureField.newLinearQuery(field, Integer.toString(ids[i]), weights[i]), Occur.SHOULD);
    }
    return order.size();
  }

  private BooleanQuery.Builder filters(VacancyQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
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
        LatLonPoint.newBoxQuery(LOC, box.minLat, box.maxLat, box.minLon, box.maxLon), Occur.FILTER);
    b.add(IntPoint.newRangeQuery(PLACES, 1, Integer.MAX_VALUE), Occur.FILTER);
    b.add(LongPoint.newRangeQuery(START, q.today().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    if (!q.types().equals(EnumSet.allOf(OfferType.class))) {
      List<BytesRef> types = new ArrayList<>();
      q.types().stream().sorted().forEach(t -> types.add(new BytesRef(t.name())));
      b.add(new TermInSetQuery(TYPE, types), Occur.FILTER);
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
      b.add(new TermInSetQuery(LANGUAGE, beyond), Occur.MUST_NOT);
    }
    return b;
  }
}
