package org.chancengeber.matcher.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Each preferred and alternative label is split into its gendered forms ({@link LabelVariants});
 * each form is indexed with its light stems and its character trigrams ({@link TextAnalysis}). A
 * query is split and normalised the same way; forms whose normalised words equal the query's are
 * found through a hash map and score 1. Otherwise the best few hundred Lucene hits (stems weigh
 * twice a trigram) are rescored by word similarity — for each query word the closest label word by
 * trigram overlap or containment (German compounds: {@code koch} in {@code beikoch}) — giving a
 * confidence below 0.95: {@code 0.95 × (0.7 × query coverage + 0.3 × label coverage)}, times 0.9
 * when the label's language is not the query's. A concept scores as its best form; ties prefer a
 * preferred label, then the query's language, then the URI.
 */
final class LuceneResolver implements ConceptResolver {
  private static final int CANDIDATES = 40;
  private static final int MAX_GRAMS = 24;
  private static final double OTHER_LANGUAGE = 0.9;

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
    CompletableFuture<Part> skills =
        CompletableFuture.supplyAsync(
            () ->
                new Part(
                    ConceptType.SKILL,
                    taxonomy.skills().stream().map(Skill::uri).toList(),
                    taxonomy.skills().stream().map(Skill::labels).toList()));
    parts.put(
        ConceptType.OCCUPATION,
        new Part(
            ConceptType.OCCUPATION,
            taxonomy.occupations().stream().map(Occupation::uri).toList(),
            taxonomy.occupations().stream().map(Occupation::labels).toList()));
    try {
      parts.put(ConceptType.SKILL, skills.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** A concept found, with what ranks it. */
  private record Hit(Part part, int concept, double score, boolean preferred, boolean sameLang) {
    String uri() {
      return part.uris.get(concept);
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
    List<List<String>> forms = new ArrayList<>();
    List<long[][]> formGrams = new ArrayList<>();
    for (String form : LabelVariants.of(text)) {
      List<String> words = TextAnalysis.words(form);
      if (words.isEmpty()) {
        continue;
      }
      long[][] grams = new long[words.size()][];
      for (int i = 0; i < grams.length; i++) {
        grams[i] = TextAnalysis.gramCodes(words.get(i));
      }
      forms.add(words);
      formGrams.add(grams);
      String key = TextAnalysis.key(words);
      for (Part part : scope) {
        for (int v : part.exact.getOrDefault(key, new int[0])) {
          consider(best, part, v, 1.0, language);
        }
      }
    }
    if (forms.isEmpty() || best.size() >= k) {
      return ranked(best, language, k); // exact matches score 1, nothing else can beat them
    }
    for (Part part : scope) {
      for (ScoreDoc sd : part.search(forms, language)) {
        int v = part.docToVariant[sd.doc];
        double sim = 0;
        for (int f = 0; f < forms.size(); f++) {
          sim = Math.max(sim, part.similarity(forms.get(f), formGrams.get(f), v));
        }
        consider(best, part, v, sim, language);
      }
    }
    return ranked(best, language, k);
  }

  private static List<Resolution> ranked(Map<String, Hit> best, String language, int k) {
    return best.values().stream()
        .sorted(
            Comparator.comparingDouble(Hit::score)
                .reversed()
                .thenComparing(Hit::preferred, Comparator.reverseOrder())
                .thenComparing(Hit::sameLang, Comparator.reverseOrder())
                .thenComparing(Hit::uri))
        .limit(k)
        .map(
            h ->
                new Resolution(
                    h.uri(),
                    h.part().type,
                    h.part().labels.get(h.concept()).best(language),
                    h.score()))
        .toList();
  }

  private static void consider(Map<String, Hit> best, Part part, int v, double sim, String lang) {
    int c = part.variantConcept[v];
    boolean sameLang = lang.isEmpty() || lang.equals(part.variantLang[v]);
    double score = sameLang ? sim : sim * OTHER_LANGUAGE;
    Hit h = new Hit(part, c, score, part.variantPreferred[v], sameLang);
    Hit old = best.get(h.uri());
    if (old == null
        || score > old.score()
        || (score == old.score() && h.preferred() && !old.preferred())) {
      best.put(h.uri(), h);
    }
  }

  /** The label forms of one concept type, their Lucene index and exact-match map. */
  static final class Part {
    final ConceptType type;
    final List<String> uris;
    final List<Labels> labels;

    int[] variantConcept = new int[1024];
    boolean[] variantPreferred = new boolean[1024];
    String[] variantLang = new String[1024];
    int[][] variantWords = new int[1024][];
    int variants;
    final Map<String, int[]> exact = new HashMap<>();

    /** Distinct label words with their trigram codes, shared by all forms. */
    private final Map<String, Integer> wordIds = new HashMap<>();

    private final List<String> vocabulary = new ArrayList<>();
    private final List<long[]> vocabularyGrams = new ArrayList<>();

    final IndexSearcher searcher;
    final int[] docToVariant;

    Part(ConceptType type, List<String> uris, List<Labels> labels) {
      this.type = type;
      this.uris = uris;
      this.labels = labels;
      try {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, config)) {
          for (int c = 0; c < uris.size(); c++) {
            addConcept(w, c, labels.get(c));
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
    }

    private void addConcept(IndexWriter w, int concept, Labels l) throws IOException {
      Set<String> seen = new HashSet<>();
      for (var e : l.preferred().entrySet()) {
        for (String form : LabelVariants.of(e.getValue())) {
          addVariant(w, concept, e.getKey(), true, form, seen);
        }
      }
      for (var e : l.alternatives().entrySet()) {
        for (String alt : e.getValue()) {
          for (String form : LabelVariants.of(alt)) {
            addVariant(w, concept, e.getKey(), false, form, seen);
          }
        }
      }
    }

    private void addVariant(
        IndexWriter w, int concept, String lang, boolean preferred, String form, Set<String> seen)
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
        variantConcept = java.util.Arrays.copyOf(variantConcept, n);
        variantPreferred = java.util.Arrays.copyOf(variantPreferred, n);
        variantLang = java.util.Arrays.copyOf(variantLang, n);
        variantWords = java.util.Arrays.copyOf(variantWords, n);
      }
      variantConcept[v] = concept;
      variantPreferred[v] = preferred;
      variantLang[v] = lang.intern();
      int[] ids = new int[words.size()];
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
      int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, c, a.length, b.length);
      return c;
    }

    ScoreDoc[] search(List<List<String>> forms, String lang) {
      Set<String> stems = new java.util.LinkedHashSet<>();
      Set<String> grams = new java.util.LinkedHashSet<>();
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

    double similarity(List<String> query, long[][] queryGrams, int v) {
      int[] label = variantWords[v];
      String[] words = new String[label.length];
      long[][] grams = new long[label.length][];
      for (int i = 0; i < label.length; i++) {
        words[i] = vocabulary.get(label[i]);
        grams[i] = vocabularyGrams.get(label[i]);
      }
      return LuceneResolver.similarity(query, queryGrams, words, grams);
    }
  }

  /**
   * Word similarity of a query form and a label form, below 0.95 (equal forms are found exactly).
   */
  static double similarity(List<String> query, List<String> label) {
    long[][] qg = query.stream().map(TextAnalysis::gramCodes).toArray(long[][]::new);
    long[][] lg = label.stream().map(TextAnalysis::gramCodes).toArray(long[][]::new);
    return similarity(query, qg, label.toArray(new String[0]), lg);
  }

  static double similarity(
      List<String> query, long[][] queryGrams, String[] label, long[][] labelGrams) {
    double[] bestForLabel = new double[label.length];
    double coverage = 0;
    for (int i = 0; i < queryGrams.length; i++) {
      double m = 0;
      for (int j = 0; j < label.length; j++) {
        double w = wordSimilarity(query.get(i), queryGrams[i], label[j], labelGrams[j]);
        m = Math.max(m, w);
        bestForLabel[j] = Math.max(bestForLabel[j], w);
      }
      coverage += m;
    }
    coverage /= queryGrams.length;
    double precision = 0;
    for (double b : bestForLabel) {
      precision += b;
    }
    precision /= label.length;
    return 0.95 * (0.7 * coverage + 0.3 * precision);
  }

  /** 1 for equal words; else the better of trigram overlap and containment (compounds). */
  static double wordSimilarity(String a, String b) {
    return wordSimilarity(a, TextAnalysis.gramCodes(a), b, TextAnalysis.gramCodes(b));
  }

  private static double wordSimilarity(String a, long[] ga, String b, long[] gb) {
    if (a.equals(b)) {
      return 1;
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
