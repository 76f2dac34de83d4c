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
package org.chancengeber.matcher.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Free text → concepts over an in-memory Lucene index with one document per label form.
 *
 * <p>Each preferred and alternative label (and each user alias, {@link Aliases}) is split into its
 * gendered forms ({@link LabelVariants}); each form is indexed with its light stems and its
 * character trigrams ({@link TextAnalysis}). A query is split the same way and also into its roles,
 * with noise dropped and abbreviations written out ({@link NoisyText}). Forms whose normalised
 * words equal the query's are found through a hash map and score 1. Otherwise the best few hundred
 * Lucene hits (stems weigh twice a trigram) are rescored by weighted word similarity (see {@link
 * #similarity}); a concept scores as its best form. Ties prefer an alias, a preferred label, then
 * the query's language, then the URI. Finally the confidence of results that the runner-up comes
 * close to is lowered ({@link ConceptResolver}).
 */
final class LuceneResolver implements ConceptResolver {
  private static final int CANDIDATES = 200;
  private static final int MAX_GRAMS = 32;
  private static final double OTHER_LANGUAGE = 0.9;

  /** Exact matches of ESCO labels when an alias matches exactly too (aliases take priority). */
  private static final double BELOW_ALIAS = 0.9;

  /** Weight of query coverage against label coverage. */
  static final double QUERY_SHARE = 0.6;

  /**
   * Credit for a query word that the label lacks but a skill of the occupation names: the title's
   * words that are skills of an occupation point to it.
   */
  static final double CONTEXT_CREDIT = 0.35;

  /** Weight of a query word no label of the type knows (a place, a company, a typo beyond help). */
  static final double UNKNOWN_WEIGHT = 0.1;

  /**
   * An occupation right below its ISCO unit group (no broader ESCO occupation) ranks this share
   * higher than a narrower one: when a title fits both about equally, the broader and more common
   * one is the better guess ("Qlik Developer": a software developer rather than a games developer).
   * Ranking only; the confidence is not raised by it.
   */
  static final double BROAD_PRIOR = 0.05;

  /**
   * Similarity of two English role nouns that name the same kind of post ({@link #ROLE_NOUNS}): an
   * associate is an assistant, a salesman a salesperson, a programmer a developer.
   */
  static final double ROLE_NOUN = 0.8;

  /** Groups of English role nouns that name the same kind of post in job titles. */
  private static final Map<String, Integer> ROLE_NOUNS =
      groups(
          List.of("assistant", "associate", "aide"),
          List.of("executive", "officer"),
          List.of("staff", "worker", "employee", "personnel", "crew"),
          List.of("salesperson", "salesman", "saleswoman", "salesmen", "seller"),
          List.of("programmer", "developer", "coder"),
          List.of("leader", "lead", "head"));

  @SafeVarargs
  private static Map<String, Integer> groups(List<String>... groups) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < groups.length; i++) {
      for (String w : groups[i]) {
        out.put(w, i);
      }
    }
    return Map.copyOf(out);
  }

  /** A role of a text that names several counts this much of a match of the whole. */
  static final double ROLE = 0.8;

  /** Share of a concept's second-best form added to its best: concepts named twice rank first. */
  static final double SUPPORT = 0.25;

  /** A query word at least this similar to a word of a candidate form is a known word. */
  static final double KNOWN = 0.5;

  /**
   * How much the shortfall lowers the confidence: a tie takes 0.5 off, so two equally likely fuzzy
   * matches are never understood.
   */
  static final double CLOSENESS = 5;

  /** Results whose score is within this of the best are not told apart with confidence. */
  static final double MARGIN = 0.1;

  /** Terms with frequencies and norms, no positions: no phrase queries here. */
  private static final FieldType TERMS = termsType();

  private static FieldType termsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /** One index per concept type: a type restriction costs nothing, and both build at once. */
  private final Map<ConceptType, Part> parts = new EnumMap<>(ConceptType.class);

  LuceneResolver(Taxonomy taxonomy) {
    this(taxonomy, Aliases.NONE);
  }

  LuceneResolver(Taxonomy taxonomy, Aliases aliases) {
    Map<String, List<Aliases.Alias>> byConcept = new HashMap<>();
    for (Aliases.Alias a : aliases.all()) {
      byConcept.computeIfAbsent(a.uri(), u -> new ArrayList<>()).add(a);
    }
    CompletableFuture<Part> skills =
        CompletableFuture.supplyAsync(
            () ->
                new Part(
                    ConceptType.SKILL,
                    taxonomy.skills().stream().map(Skill::uri).toList(),
                    taxonomy.skills().stream().map(Skill::labels).toList(),
                    taxonomy.skills().stream()
                        .map(
                            k ->
                                taxonomy.broaderSkills(k.uri()).stream()
                                    .sorted()
                                    .findFirst()
                                    .orElse(""))
                        .toList(),
                    byConcept,
                    List.of(),
                    new boolean[taxonomy.skills().size()]));
    List<Set<String>> context = new ArrayList<>();
    boolean[] broad = new boolean[taxonomy.occupations().size()];
    int index = 0;
    for (Occupation o : taxonomy.occupations()) {
      broad[index++] = o.broader().isEmpty();
      Set<String> words = new HashSet<>();
      for (OccupationSkill os : taxonomy.skillsOf(o.uri())) {
        taxonomy
            .skill(os.skillUri())
            .ifPresent(
                s ->
                    s.labels()
                        .preferred()
                        .values()
                        .forEach(
                            l -> TextAnalysis.words(l).forEach(w -> words.add(contextKey(w)))));
      }
      context.add(words);
    }
    parts.put(
        ConceptType.OCCUPATION,
        new Part(
            ConceptType.OCCUPATION,
            taxonomy.occupations().stream().map(Occupation::uri).toList(),
            taxonomy.occupations().stream().map(Occupation::labels).toList(),
            taxonomy.occupations().stream().map(Occupation::iscoGroup).toList(),
            byConcept,
            context,
            broad));
    try {
      parts.put(ConceptType.SKILL, skills.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** A word as skill context compares: plural {@code s} dropped. */
  static String contextKey(String w) {
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /** A concept found, with what ranks it. */
  private record Hit(
      Part part,
      int concept,
      double score,
      boolean exact,
      boolean alias,
      boolean preferred,
      boolean sameLang,
      double second,
      double coverage) {
    String uri() {
      return part.uris.get(concept);
    }

    /** What ranks a concept: its best form, a little of its second best, the broad prior. */
    double rank() {
      return score >= 1 ? textRank() : textRank() * (part.broad[concept] ? 1 + BROAD_PRIOR : 1);
    }

    /** What ranks a concept by the text alone, without {@link #BROAD_PRIOR}. */
    double textRank() {
      return score >= 1 ? 2 + score : score + SUPPORT * second;
    }

    /** The confidence before the runner-up is considered: 1 exact, else at most 0.95. */
    double confidence() {
      return score >= 1 ? 1 : Math.min(Math.min(0.95, score + SUPPORT * second), 0.95 * coverage);
    }
  }

  /** A query form: its words, their trigram codes and their context keys. */
  private record Query(List<String> words, long[][] grams, String[] context) {
    static Query of(List<String> words) {
      long[][] g = new long[words.size()][];
      String[] c = new String[words.size()];
      for (int i = 0; i < g.length; i++) {
        g[i] = TextAnalysis.gramCodes(words.get(i));
        c[i] = contextKey(words.get(i));
      }
      return new Query(words, g, c);
    }
  }

  @Override
  public List<Resolution> resolve(String text, String lang, Optional<ConceptType> type, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k (" + k + ") must not be negative");
    }
    String language = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
    if (k == 0 || text == null || text.isBlank()) {
      return List.of();
    }
    List<Part> scope = type.map(t -> List.of(parts.get(t))).orElse(List.copyOf(parts.values()));
    Map<String, Hit> best = new HashMap<>();
    Set<List<String>> exactForms = new LinkedHashSet<>();
    for (String form : LabelVariants.of(text)) {
      List<String> words = TextAnalysis.words(form);
      if (!words.isEmpty()) {
        exactForms.add(words);
      }
    }
    NoisyText.Queries queries = NoisyText.queries(text, language);
    exact(best, scope, exactForms, language);
    if (best.isEmpty()) {
      // the text as written equals no label: try it without noise words and abbreviations
      exact(best, scope, queries.whole(), language);
    }
    if (best.values().stream().anyMatch(h -> h.exact() && h.alias())) {
      best.replaceAll(
          (u, h) ->
              h.alias()
                  ? h
                  : new Hit(
                      h.part(),
                      h.concept(),
                      h.score() * BELOW_ALIAS,
                      false,
                      false,
                      h.preferred(),
                      h.sameLang(),
                      h.second(),
                      h.coverage()));
    }
    if (queries.isEmpty() || best.size() > k) {
      return ranked(best, language, k); // exact matches score 1, nothing else can beat them
    }
    Set<String> equal = Set.copyOf(best.keySet());
    List<Query> whole = queries.whole().stream().map(Query::of).toList();
    List<Query> roles = queries.roles().stream().map(Query::of).toList();
    for (Part part : scope) {
      ScoreDoc[] docs = part.search(queries.all(), language);
      int[] candidates = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        candidates[i] = part.docToVariant[docs[i].doc];
      }
      List<double[]> wholeWeights = whole.stream().map(q -> part.weights(q, candidates)).toList();
      List<double[]> roleWeights = roles.stream().map(q -> part.weights(q, candidates)).toList();
      for (int v : candidates) {
        if (equal.contains(part.uris.get(part.variantConcept[v]))) {
          continue; // found equal to a form already (maybe in another language, or below an alias)
        }
        double sim = 0;
        double coverage = 0;
        for (int i = 0; i < whole.size() + roles.size(); i++) {
          boolean role = i >= whole.size();
          double[] m =
              role
                  ? part.similarity(
                      roles.get(i - whole.size()), roleWeights.get(i - whole.size()), v)
                  : part.similarity(whole.get(i), wholeWeights.get(i), v);
          double factor = role ? ROLE : 1;
          if (factor * m[0] > sim) {
            sim = factor * m[0];
            coverage = factor * m[1];
          }
        }
        consider(best, part, v, sim, coverage, false, language);
      }
    }
    return ranked(best, language, k);
  }

  /** Every form of the concepts in scope whose words equal one of {@code forms}. */
  private static void exact(
      Map<String, Hit> best, List<Part> scope, Collection<List<String>> forms, String language) {
    for (List<String> words : forms) {
      String key = TextAnalysis.key(words);
      for (Part part : scope) {
        for (int v : part.exact.getOrDefault(key, new int[0])) {
          consider(best, part, v, 1.0, 1.0, true, language);
        }
      }
    }
  }

  /**
   * The best {@code k} hits in ranking order. Their confidences are worked out in the order without
   * {@link #BROAD_PRIOR} (what the text says, not what is more common), then kept descending along
   * the ranking: the prior may reorder close results, never make a text look better understood.
   */
  private static List<Resolution> ranked(Map<String, Hit> found, String language, int k) {
    Comparator<Hit> ties =
        Comparator.comparing(Hit::alias, Comparator.reverseOrder())
            .thenComparing(Hit::preferred, Comparator.reverseOrder())
            .thenComparing(Hit::sameLang, Comparator.reverseOrder())
            .thenComparing(Hit::uri);
    List<Hit> byText =
        found.values().stream()
            .sorted(Comparator.comparingDouble(Hit::textRank).reversed().thenComparing(ties))
            .toList();
    double[] sure =
        confidences(
            byText.stream().mapToDouble(LuceneResolver::sureness).toArray(),
            byText.stream().map(h -> h.part().groups.get(h.concept())).toArray(String[]::new));
    Map<String, Double> confidenceOf = new HashMap<>();
    for (int i = 0; i < sure.length; i++) {
      confidenceOf.put(byText.get(i).uri(), sure[i]);
    }
    List<Hit> hits =
        byText.stream()
            .sorted(Comparator.comparingDouble(Hit::rank).reversed().thenComparing(ties))
            .limit(k)
            .toList();
    double[] confidence =
        descending(hits.stream().mapToDouble(h -> confidenceOf.get(h.uri())).toArray());
    List<Resolution> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      out.add(
          new Resolution(
              h.uri(),
              h.part().type,
              h.part().labels.get(h.concept()).best(language),
              confidence[i]));
    }
    return out;
  }

  /**
   * What a hit's confidence is worked out from: its own, but a text equal only to an alternative
   * label counts {@link #ALTERNATIVE_EXACT}, below a preferred label's 1, so that a concept whose
   * preferred label the text is stays sure however many others share it as an alternative label
   * (ESCO gives "Koch" to the cook, the private chef and the head chef alike). The ranking is not
   * changed by this.
   */
  private static double sureness(Hit h) {
    return h.exact() && !h.preferred() && !h.alias()
        ? Math.min(h.confidence(), ALTERNATIVE_EXACT)
        : h.confidence();
  }

  /** The sureness of a text equal only to an alternative label, above any fuzzy match. */
  static final double ALTERNATIVE_EXACT = 0.98;

  /**
   * Confidences from scores sorted best first: when the runner-up is within {@link #MARGIN} of the
   * best, every score within the margin of the best is lowered by {@link #CLOSENESS} times the
   * shortfall {@code MARGIN - (best - runnerUp)}. Exact matches (score 1) are compared only among
   * themselves: a fuzzy runner-up does not make an exact match uncertain.
   */
  static double[] confidences(double[] scores) {
    return confidences(scores, new String[scores.length]);
  }

  /**
   * As {@link #confidences(double[])}, where the runner-up is the best result of another group:
   * concepts of the same ISCO unit group (or under the same broader skill) that come close mean
   * nearly the same thing, which is not a doubt about the text ({@code null} or empty: no group).
   */
  static double[] confidences(double[] scores, String[] groups) {
    double[] c = scores.clone();
    int runnerUp = 1;
    while (runnerUp < scores.length
        && groups[0] != null
        && !groups[0].isEmpty()
        && groups[0].equals(groups[runnerUp])) {
      runnerUp++;
    }
    if (runnerUp >= scores.length) {
      return c;
    }
    double top = scores[0];
    double second = scores[runnerUp];
    if (top >= 1 && second < 1) {
      return c;
    }
    double shortfall = MARGIN - (top - second);
    if (shortfall <= 0) {
      return c;
    }
    for (int i = 0; i < c.length && scores[i] > top - MARGIN; i++) {
      c[i] = Math.max(0, scores[i] - CLOSENESS * shortfall);
    }
    return c;
  }

  /** Each value at most the one before: confidences descend as the ranking does. */
  static double[] descending(double[] c) {
    for (int i = 1; i < c.length; i++) {
      c[i] = Math.min(c[i], c[i - 1]);
    }
    return c;
  }

  private static void consider(
      Map<String, Hit> best,
      Part part,
      int v,
      double sim,
      double coverage,
      boolean exact,
      String lang) {
    int c = part.variantConcept[v];
    String variantLang = part.variantLang[v];
    boolean sameLang = lang.isEmpty() || variantLang.isEmpty() || lang.equals(variantLang);
    double score = sameLang ? sim : sim * OTHER_LANGUAGE;
    boolean alias = part.variantAlias[v];
    String uri = part.uris.get(c);
    Hit old = best.get(uri);
    Hit h =
        new Hit(
            part,
            c,
            score,
            exact && sameLang,
            alias,
            part.variantPreferred[v],
            sameLang,
            old == null ? 0 : Math.max(old.second(), Math.min(old.score(), score)),
            coverage);
    if (old == null
        || score > old.score()
        || (score == old.score() && h.alias() && !old.alias())
        || (score == old.score() && h.preferred() && !old.preferred() && !old.alias())) {
      best.put(uri, h);
    } else if (h.second() > old.second()) {
      best.put(
          uri,
          new Hit(
              old.part(),
              old.concept(),
              old.score(),
              old.exact(),
              old.alias(),
              old.preferred(),
              old.sameLang(),
              h.second(),
              old.coverage()));
    }
  }

  /** The label forms of one concept type, their Lucene index and exact-match map. */
  static final class Part {
    final ConceptType type;
    final List<String> uris;
    final List<Labels> labels;

    /** Per concept, what makes two concepts mean nearly the same (ISCO group, broader skill). */
    final List<String> groups;

    /** Per concept: an occupation with no broader occupation (see {@link #BROAD_PRIOR}). */
    final boolean[] broad;

    int[] variantConcept = new int[1024];
    boolean[] variantPreferred = new boolean[1024];
    boolean[] variantAlias = new boolean[1024];
    String[] variantLang = new String[1024];
    int[][] variantWords = new int[1024][];
    int variants;
    final Map<String, int[]> exact = new HashMap<>();

    /** Distinct label words with their trigram codes and weights, shared by all forms. */
    private final Map<String, Integer> wordIds = new HashMap<>();

    private final List<String> vocabulary = new ArrayList<>();
    private final List<long[]> vocabularyGrams = new ArrayList<>();
    private int[] documentFrequency = new int[1024];
    private double[] weight;

    /** Per concept, the context keys of its skills' words (occupations only; else empty). */
    private final List<Set<String>> context;

    final IndexSearcher searcher;
    final int[] docToVariant;

    Part(
        ConceptType type,
        List<String> uris,
        List<Labels> labels,
        List<String> groups,
        Map<String, List<Aliases.Alias>> aliases,
        List<Set<String>> context,
        boolean[] broad) {
      this.type = type;
      this.broad = broad;
      this.groups = groups;
      this.uris = uris;
      this.labels = labels;
      this.context = context;
      try {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, config)) {
          for (int c = 0; c < uris.size(); c++) {
            addConcept(w, c, labels.get(c), aliases.getOrDefault(uris.get(c), List.of()));
          }
          w.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        docToVariant = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues v = leaf.reader().getNumericDocValues("v");
          if (v == null) {
            continue;
          }
          for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
            docToVariant[leaf.docBase + d] = (int) v.longValue();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      weight = new double[vocabulary.size()];
      for (int i = 0; i < weight.length; i++) {
        weight[i] = idf(documentFrequency[i]);
      }
    }

    /** How much a word tells: {@code ln(1 + forms / forms with the word)}. */
    private double idf(int df) {
      return Math.log1p((double) Math.max(1, variants) / Math.max(1, df));
    }

    private void addConcept(IndexWriter w, int concept, Labels l, List<Aliases.Alias> aliases)
        throws IOException {
      Set<String> seen = new HashSet<>();
      for (Aliases.Alias a : aliases) {
        for (String form : LabelVariants.of(a.text())) {
          addVariant(w, concept, a.lang(), false, true, form, seen);
        }
      }
      for (var e : l.preferred().entrySet()) {
        for (String form : LabelVariants.of(e.getValue())) {
          addVariant(w, concept, e.getKey(), true, false, form, seen);
        }
      }
      for (var e : l.alternatives().entrySet()) {
        for (String alt : e.getValue()) {
          for (String form : LabelVariants.of(alt)) {
            addVariant(w, concept, e.getKey(), false, false, form, seen);
          }
        }
      }
    }

    private void addVariant(
        IndexWriter w,
        int concept,
        String lang,
        boolean preferred,
        boolean alias,
        String form,
        Set<String> seen)
        throws IOException {
      List<String> words = TextAnalysis.words(form);
      if (words.isEmpty()) {
        return;
      }
      String key = TextAnalysis.key(words);
      if (!seen.add(lang + ' ' + key)) {
        return;
      }
      int v = variants++;
      if (v == variantConcept.length) {
        int n = v * 2;
        variantConcept = Arrays.copyOf(variantConcept, n);
        variantPreferred = Arrays.copyOf(variantPreferred, n);
        variantAlias = Arrays.copyOf(variantAlias, n);
        variantLang = Arrays.copyOf(variantLang, n);
        variantWords = Arrays.copyOf(variantWords, n);
      }
      variantConcept[v] = concept;
      variantPreferred[v] = preferred;
      variantAlias[v] = alias;
      variantLang[v] = lang.intern();
      int[] ids = new int[words.size()];
      Set<Integer> distinct = new HashSet<>();
      for (int i = 0; i < ids.length; i++) {
        String word = words.get(i);
        ids[i] =
            wordIds.computeIfAbsent(
                word,
                x -> {
                  vocabulary.add(x);
                  vocabularyGrams.add(TextAnalysis.gramCodes(x));
                  return vocabulary.size() - 1;
                });
        if (distinct.add(ids[i])) {
          if (ids[i] >= documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
          }
          documentFrequency[ids[i]]++;
        }
      }
      variantWords[v] = ids;
      exact.merge(key, new int[] {v}, Part::concat);
      Document d = new Document();
      d.add(new NumericDocValuesField("v", v));
      d.add(new Field("stem", String.join(" ", TextAnalysis.stems(words, lang)), TERMS));
      d.add(new Field("gram", String.join(" ", TextAnalysis.grams(words)), TERMS));
      w.addDocument(d);
    }

    private static int[] concat(int[] a, int[] b) {
      int[] c = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, c, a.length, b.length);
      return c;
    }

    ScoreDoc[] search(List<List<String>> forms, String lang) {
      Set<String> stems = new LinkedHashSet<>();
      Set<String> grams = new LinkedHashSet<>();
      for (List<String> words : forms) {
        stems.addAll(TextAnalysis.stems(words, lang));
        grams.addAll(TextAnalysis.grams(words));
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String s : stems) {
        q.add(new BoostQuery(new TermQuery(new Term("stem", s)), 2f), Occur.SHOULD);
      }
      // the rarest trigrams discriminate; frequent ones (er_, ung) only cost time
      record Gram(String gram, int df) {}
      List<Gram> byRarity = new ArrayList<>();
      try {
        for (String g : grams) {
          int df = searcher.getIndexReader().docFreq(new Term("gram", g));
          if (df > 0) {
            byRarity.add(new Gram(g, df));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byRarity.sort(Comparator.comparingInt(Gram::df).thenComparing(Gram::gram));
      for (Gram g : byRarity.subList(0, Math.min(MAX_GRAMS, byRarity.size()))) {
        q.add(new TermQuery(new Term("gram", g.gram())), Occur.SHOULD);
      }
      try {
        return searcher.search(q.build(), CANDIDATES).scoreDocs;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The weights of a query's words: that of the same label word; else that of the closest word of
     * the candidate forms (a part of a compound: {@code dach} in {@code dachdecker}); else, for a
     * word no candidate has anything like (a place, a company), {@value #UNKNOWN_WEIGHT} of the
     * rarest word's, negated: for ranking such a word hardly counts, but the bound of the
     * confidence counts it in full (a text whose main word is unknown is not understood).
     */
    double[] weights(Query query, int[] candidates) {
      double[] out = new double[query.words().size()];
      for (int i = 0; i < out.length; i++) {
        String word = query.words().get(i);
        Integer id = wordIds.get(word);
        if (id != null) {
          out[i] = weight[id];
          continue;
        }
        double closest = 0;
        int closestWord = -1;
        for (int v : candidates) {
          for (int w : variantWords[v]) {
            double sim =
                wordSimilarity(word, query.grams()[i], vocabulary.get(w), vocabularyGrams.get(w));
            if (sim > closest) {
              closest = sim;
              closestWord = w;
            }
          }
        }
        // negative: unknown, which the confidence's bound counts at full weight (see match)
        out[i] = closest >= KNOWN ? weight[closestWord] : -UNKNOWN_WEIGHT * idf(1);
      }
      return out;
    }

    /** Score and query coverage of label form {@code v} for a query. */
    private double[] similarity(Query query, double[] queryWeights, int v) {
      int[] label = variantWords[v];
      String[] words = new String[label.length];
      long[][] grams = new long[label.length][];
      double[] labelWeights = new double[label.length];
      for (int i = 0; i < label.length; i++) {
        words[i] = vocabulary.get(label[i]);
        grams[i] = vocabularyGrams.get(label[i]);
        labelWeights[i] = weight[label[i]];
      }
      Set<String> ctx = context.isEmpty() ? Set.of() : context.get(variantConcept[v]);
      return LuceneResolver.match(
          query.words(),
          query.grams(),
          queryWeights,
          words,
          grams,
          labelWeights,
          query.context(),
          ctx);
    }
  }

  /**
   * Word similarity of a query form and a label form with equal word weights and no context, below
   * 0.95 (equal forms are found exactly).
   */
  static double similarity(List<String> query, List<String> label) {
    long[][] qg = query.stream().map(TextAnalysis::gramCodes).toArray(long[][]::new);
    long[][] lg = label.stream().map(TextAnalysis::gramCodes).toArray(long[][]::new);
    double[] qw = new double[query.size()];
    double[] lw = new double[label.size()];
    Arrays.fill(qw, 1);
    Arrays.fill(lw, 1);
    return match(
        query, qg, qw, label.toArray(new String[0]), lg, lw, new String[query.size()], Set.of())[0];
  }

  /**
   * {@code 0.95 × (0.6 × query coverage + 0.4 × label coverage)}: each word counts with its weight
   * (idf over the label forms) times its best match on the other side ({@link #wordSimilarity}); a
   * query word the label lacks but a skill of the concept names counts {@value #CONTEXT_CREDIT}.
   *
   * @param queryWeights the query words' weights; negative for a word unknown to the labels (its
   *     absolute value counts for the score, the full weight for the coverage returned)
   * @return the score, and the query coverage with unknown words at full weight
   */
  static double[] match(
      List<String> query,
      long[][] queryGrams,
      double[] queryWeights,
      String[] label,
      long[][] labelGrams,
      double[] labelWeights,
      String[] queryContext,
      Set<String> context) {
    double[] bestForLabel = new double[label.length];
    double covered = 0;
    double total = 0;
    double strictCovered = 0;
    double strictTotal = 0;
    for (int i = 0; i < queryGrams.length; i++) {
      double m = 0;
      for (int j = 0; j < label.length; j++) {
        double w = wordSimilarity(query.get(i), queryGrams[i], label[j], labelGrams[j]);
        m = Math.max(m, w);
        bestForLabel[j] = Math.max(bestForLabel[j], w);
      }
      if (m < CONTEXT_CREDIT && queryContext[i] != null && context.contains(queryContext[i])) {
        m = CONTEXT_CREDIT;
      }
      double w = Math.abs(queryWeights[i]);
      double strict = queryWeights[i] < 0 ? w / UNKNOWN_WEIGHT : w;
      covered += w * m;
      total += w;
      strictCovered += strict * m;
      strictTotal += strict;
    }
    double coverage = total == 0 ? 0 : covered / total;
    double precision = 0;
    double labelTotal = 0;
    for (int j = 0; j < label.length; j++) {
      precision += labelWeights[j] * bestForLabel[j];
      labelTotal += labelWeights[j];
    }
    precision = labelTotal == 0 ? 0 : precision / labelTotal;
    return new double[] {
      0.95 * (QUERY_SHARE * coverage + (1 - QUERY_SHARE) * precision),
      strictTotal == 0 ? 0 : strictCovered / strictTotal
    };
  }

  /**
   * 1 for equal words; {@value #ROLE_NOUN} for role nouns of one group; else the better of trigram
   * overlap and containment (compounds).
   */
  static double wordSimilarity(String a, String b) {
    return wordSimilarity(a, TextAnalysis.gramCodes(a), b, TextAnalysis.gramCodes(b));
  }

  private static double wordSimilarity(String a, long[] ga, String b, long[] gb) {
    if (a.equals(b)) {
      return 1;
    }
    Integer group = ROLE_NOUNS.get(a);
    if (group != null && group.equals(ROLE_NOUNS.get(b))) {
      return ROLE_NOUN;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    double contained =
        shorter.length() >= 4 && longer.contains(shorter)
            ? 0.5 + 0.5 * shorter.length() / longer.length()
            : 0;
    return Math.max(contained, TextAnalysis.dice(ga, gb));
  }
}
