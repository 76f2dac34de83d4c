package org.chancengeber.matcher.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * the experience factor); {@code lg} (per language the person speaks and CEFR level, {@code de:B1},
 * what the person's level adds to the language value of a minimum at that level over having no
 * level, when positive); {@code pt} (the preferred offer types, or {@code -} valued 1/2 when none
 * is stated); {@code po} (occupations close to a preferred one, valued by closeness, or {@code -}
 * valued 1/2); {@code reach_de}, {@code reach_en}, ... (the CEFR level reachable within the
 * horizon, as an ordinal). Thread-safe.
 */
public final class CandidateIndex extends LuceneStore<PreparedCandidate> {
  /** Languages whose reachable level is indexed for everybody, for retrieval filters. */
  public static final List<String> FILTERED_LANGUAGES = List.of("de", "en");

  private static final String REACH = "reach_";
  private final AtomicLong maxTravelBits = new AtomicLong(Double.doubleToLongBits(0));

  private static final String PREFERRED_TYPE = "pt";
  private static final String PREFERRED_OCCUPATION = "po";
  private static final float NEUTRAL = 0.5f;

  /** The extra terms of the person being written by this thread (see {@link #upsert}). */
  private final ThreadLocal<Terms> written =
      ThreadLocal.withInitial(() -> new Terms(Map.of(), Map.of()));

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
    Terms terms = written.get();
    for (String code : FILTERED_LANGUAGES) {
      Cefr level = terms.reachable().get(code);
      doc.add(new IntPoint(REACH + code, level == null ? -1 : level.ordinal()));
    }
    terms
        .languageGains()
        .forEach(
            (code, gains) -> {
              for (Cefr level : Cefr.values()) {
                if (gains[level.ordinal()] > 0) {
                  doc.add(
                      new FeatureField(
                          VacancyIndex.LANGUAGE_VALUE,
                          code + ":" + level.name(),
                          gains[level.ordinal()]));
                }
              }
            });
    if (c.preferredTypes().isEmpty()) {
      doc.add(new FeatureField(PREFERRED_TYPE, VacancyIndex.NONE, NEUTRAL));
    }
    c.preferredTypes().stream()
        .sorted()
        .forEach(t -> doc.add(new FeatureField(PREFERRED_TYPE, t.name(), 1)));
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

  /**
   * What the engine adds to a person's document beyond the prepared person.
   *
   * @param reachable the levels reachable within the horizon in {@link #FILTERED_LANGUAGES}
   * @param languageGains per language code the person has a level in, what that level adds to the
   *     language value of an offer's minimum at each CEFR level (by ordinal) over having no level
   */
  public record Terms(Map<String, Cefr> reachable, Map<String, float[]> languageGains) {
    public Terms {
      reachable = Map.copyOf(reachable);
      languageGains = Map.copyOf(languageGains);
    }
  }

  /** Adds or replaces a person by id; visible to searches after {@link #refresh()}. */
  public void upsert(PreparedCandidate candidate, Terms terms) {
    written.set(terms);
    try {
      super.upsert(candidate);
    } finally {
      written.remove();
    }
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
   * reach the offer's language minimums, best by the weighted skill and occupation terms, language
   * levels, preferences and the distance feature. Close the retrieval when done.
   */
  public Retrieval<PreparedCandidate> retrieve(CandidateQuery q) {
    double radiusKm = maxTravelKm() * 1.01 + 0.1;
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    VacancyIndex.Added skills = VacancyIndex.terms(core, VacancyIndex.SKILL, q.skills(), 800);
    VacancyIndex.Added occupations =
        VacancyIndex.terms(core, VacancyIndex.OCCUPATION, q.occupations(), 800);
    List<Query> extra = new ArrayList<>();
    double extraMax = VacancyIndex.distance(extra, q.point(), q.distanceWeight(), q.pivotKm());
    // each language gain is at most 1, so the clause scores at most the sum of its weights
    BooleanQuery.Builder languages = new BooleanQuery.Builder();
    float languageMax = 0;
    for (Map.Entry<String, Float> e : new java.util.TreeMap<>(q.languages()).entrySet()) {
      if (e.getValue() > 0) {
        languages.add(
            FeatureField.newLinearQuery(VacancyIndex.LANGUAGE_VALUE, e.getKey(), e.getValue()),
            Occur.SHOULD);
        languageMax += e.getValue();
      }
    }
    if (languageMax > 0) {
      extra.add(languages.build());
      extraMax += languageMax;
    }
    // a person has either preferred types or the "none" term, so one of the two matches at most
    BooleanQuery.Builder types = new BooleanQuery.Builder();
    if (q.typeWeight() > 0) {
      types.add(
          FeatureField.newLinearQuery(PREFERRED_TYPE, q.type(), q.typeWeight()), Occur.SHOULD);
    }
    if (q.noTypeWeight() > 0) {
      types.add(
          FeatureField.newLinearQuery(PREFERRED_TYPE, VacancyIndex.NONE, q.noTypeWeight()),
          Occur.SHOULD);
    }
    if (q.typeWeight() > 0 || q.noTypeWeight() > 0) {
      extra.add(types.build());
      extraMax += Math.max(q.typeWeight(), q.noTypeWeight());
    }
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
    for (String code : FILTERED_LANGUAGES) {
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
