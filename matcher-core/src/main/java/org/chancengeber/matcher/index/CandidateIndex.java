package org.chancengeber.matcher.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
 * the experience factor); {@code reach_de}, {@code reach_en}, ... (the CEFR level reachable within
 * the horizon, as an ordinal). Thread-safe.
 */
public final class CandidateIndex extends LuceneStore<PreparedCandidate> {
  /** Languages whose reachable level is indexed for everybody, for retrieval filters. */
  public static final List<String> FILTERED_LANGUAGES = List.of("de", "en");

  private static final String REACH = "reach_";
  private final AtomicLong maxTravelBits = new AtomicLong(Double.doubleToLongBits(0));

  /** The reachable levels of the person being written by this thread (see {@link #upsert}). */
  private final ThreadLocal<Map<String, Cefr>> reachable = ThreadLocal.withInitial(Map::of);

  /** An index in {@code directory} (recreated), or in memory when empty. */
  public CandidateIndex(Optional<Path> directory) {
    super(directory);
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
    Map<String, Cefr> levels = reachable.get();
    for (String code : FILTERED_LANGUAGES) {
      Cefr level = levels.get(code);
      doc.add(new IntPoint(REACH + code, level == null ? -1 : level.ordinal()));
    }
    return doc;
  }

  /**
   * Adds or replaces a person by id, with the levels reachable within the horizon in {@link
   * #FILTERED_LANGUAGES}; visible to searches after {@link #refresh()}.
   */
  public void upsert(PreparedCandidate candidate, Map<String, Cefr> reachableLevels) {
    reachable.set(Map.copyOf(reachableLevels));
    try {
      super.upsert(candidate);
    } finally {
      reachable.remove();
    }
    double travel = candidate.maxTravelKm();
    maxTravelBits.accumulateAndGet(
        Double.doubleToLongBits(travel),
        (a, b) -> Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? a : b);
  }

  @Override
  public boolean delete(String id) {
    return super.delete(id);
  }

  @Override
  public void refresh() {
    super.refresh();
  }

  public Optional<PreparedCandidate> candidate(String id) {
    return get(id);
  }

  public int count() {
    return size();
  }

  /** All people written (and not deleted), visible or not yet; in no particular order. */
  public List<PreparedCandidate> latest() {
    return super.latest();
  }

  /** Every person of the current snapshot: the pool of the exhaustive oracle. */
  public List<PreparedCandidate> all() {
    return search(this::all);
  }

  /**
   * Phase one: at most {@code depth} people within the largest travel distance of any person, able
   * to reach the offer's language minimums, best by weighted skill, occupation and distance terms;
   * topped up by distance alone when fewer match any term.
   */
  public List<PreparedCandidate> retrieve(CandidateQuery q, int depth) {
    return search(s -> retrieve(s, q, depth));
  }

  private List<PreparedCandidate> retrieve(IndexSearcher s, CandidateQuery q, int depth)
      throws java.io.IOException {
    double radiusKm = Double.longBitsToDouble(maxTravelBits.get()) * 1.01 + 0.1;
    Query distance =
        LatLonPoint.newDistanceFeatureQuery(
            VacancyIndex.LOC,
            Math.max(q.distanceWeight(), 1e-6f),
            q.point().lat(),
            q.point().lon(),
            Math.max(1, q.pivotKm() * 1000));
    BooleanQuery.Builder main = filters(q, radiusKm);
    VacancyIndex.terms(main, VacancyIndex.SKILL, q.skillIds(), q.skillWeights(), 800);
    if (q.occupationId() >= 0 && q.occupationWeight() > 0) {
      main.add(
          FeatureField.newLinearQuery(
              VacancyIndex.OCCUPATION, Integer.toString(q.occupationId()), q.occupationWeight()),
          Occur.SHOULD);
    }
    main.add(distance, Occur.SHOULD);
    return entries(s, s.search(main.build(), depth).scoreDocs);
  }

  private static BooleanQuery.Builder filters(CandidateQuery q, double radiusKm) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(
        LatLonPoint.newDistanceQuery(
            VacancyIndex.LOC, q.point().lat(), q.point().lon(), radiusKm * 1000),
        Occur.FILTER);
    for (String code : FILTERED_LANGUAGES) {
      Cefr min = q.minimums().get(code);
      if (min != null) {
        b.add(IntPoint.newRangeQuery(REACH + code, min.ordinal(), Integer.MAX_VALUE), Occur.FILTER);
      }
    }
    return b;
  }
}
