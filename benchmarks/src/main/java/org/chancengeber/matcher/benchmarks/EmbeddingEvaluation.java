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

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.util.VectorUtil;
import org.chancengeber.matcher.benchmarks.JobTitles.Half;
import org.chancengeber.matcher.benchmarks.JobTitles.Title;
import org.chancengeber.matcher.benchmarks.ResolutionEvaluation.Score;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * A packaged English sentence-embedding model (ONNX inside a langchain4j Maven artifact, run
 * in-process by onnxruntime, no download at run time) as a second signal beside the lexical
 * resolver, on the English JobBERT titles against ESCO's English occupation labels. The models
 * ({@code --model}, see {@link Spec}): all-MiniLM-L6-v2 ({@code minilm}, {@code minilm-q}),
 * bge-small-en-v1.5 ({@code bge}, {@code bge-q}; {@code --instruction yes} puts bge's retrieval
 * instruction before each title, never before a label) and e5-small-v2 ({@code e5-q}; "query: "
 * before titles and labels alike, as e5 asks for symmetric tasks). onnxruntime runs with {@code
 * --threads N} intra-op threads (default 1; 0 for onnxruntime's default) and texts are embedded one
 * after the other on the calling thread.
 *
 * <p>Each occupation is embedded as its English preferred and alternative labels (one vector each;
 * an occupation scores the best cosine of its labels), and as a variant as "preferred label:
 * description" (one vector). Each title is embedded once; the cosine top-k is brute force (3,000
 * occupations, 35,000 label vectors of 384 floats). Reported on both halves: the model alone, and
 * two fusions with the lexical resolver whose parameters are chosen on the tune half only and then
 * applied unchanged to the held-out half: reciprocal-rank fusion ({@code w / (k0 + rank_lexical) +
 * (1 - w) / (k0 + rank_model)}) and a weighted sum ({@code a * confidence + (1 - a) * cosine}, over
 * the lexical top 20 and the model's top 50).
 *
 * <p>Embeddings are cached by text under {@code --cache DIR} (default {@code
 * benchmarks/target/embedding-cache}); the time per title is measured on titles embedded afresh
 * ({@code --timed N}, default 500, never from the cache).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar \
 *     org.chancengeber.matcher.benchmarks.EmbeddingEvaluation \
 *     [--data ../shared/data] [--model minilm|minilm-q|bge|bge-q|e5-q] [--instruction yes|no]
 *     [--descriptions yes|no] [--threads N] [--cache DIR] [--timed N]
 * </pre>
 */
public final class EmbeddingEvaluation {
  static final int LEXICAL_K = 20;
  static final int MODEL_K = 50;

  private EmbeddingEvaluation() {}

  /** One candidate of one signal: occupation index and score. */
  record Hit(int occupation, double score) {}

  /** What both signals say about one title text. */
  record Signals(List<Hit> lexical, Map<String, List<Hit>> model) {}

  /** bge-small-en-v1.5's instruction for retrieval queries (from its model card). */
  static final String BGE_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

  /**
   * One packaged model: its ONNX file and tokenizer as resources of its jar, its pooling, and what
   * goes before a title (query) and before an occupation's text (document).
   */
  record Spec(
      String name,
      String onnx,
      String tokenizer,
      PoolingMode pooling,
      String queryPrefix,
      String documentPrefix) {

    static Spec of(String name, boolean instruction) {
      String bge = instruction ? BGE_INSTRUCTION : "";
      Spec spec =
          switch (name) {
            case "minilm" ->
                new Spec(
                    name,
                    "all-minilm-l6-v2.onnx",
                    "all-minilm-l6-v2-tokenizer.json",
                    PoolingMode.MEAN,
                    "",
                    "");
            case "minilm-q" ->
                new Spec(
                    name,
                    "all-minilm-l6-v2-q.onnx",
                    "all-minilm-l6-v2-q-tokenizer.json",
                    PoolingMode.MEAN,
                    "",
                    "");
            case "bge" ->
                new Spec(
                    name,
                    "bge-small-en-v1.5.onnx",
                    "bge-small-en-v1.5-tokenizer.json",
                    PoolingMode.CLS,
                    bge,
                    "");
            case "bge-q" ->
                new Spec(
                    name,
                    "bge-small-en-v1.5-q.onnx",
                    "bge-small-en-v1.5-q-tokenizer.json",
                    PoolingMode.CLS,
                    bge,
                    "");
            case "e5-q" ->
                new Spec(
                    name,
                    "e5-small-v2-q.onnx",
                    "e5-small-v2-q-tokenizer.json",
                    PoolingMode.MEAN,
                    "query: ",
                    "query: ");
            default ->
                throw new IllegalArgumentException(
                    "--model " + name + " is not known (minilm, minilm-q, bge, bge-q, e5-q)");
          };
      if (instruction && !name.startsWith("bge")) {
        throw new IllegalArgumentException("--instruction is for bge and bge-q only");
      }
      return spec;
    }

    /**
     * The model with onnxruntime limited to {@code threads} intra-op threads (langchain4j's own
     * model classes take all cores) and {@code embedAll} on the calling thread.
     */
    EmbeddingModel load(int threads) {
      try {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        OrtSession session = env.createSession(resource(onnx), options);
        OnnxBertBiEncoder encoder =
            new OnnxBertBiEncoder(
                env, session, new java.io.ByteArrayInputStream(resource(tokenizer)), pooling);
        return new AbstractInProcessEmbeddingModel(Runnable::run) {
          @Override
          protected OnnxBertBiEncoder model() {
            return encoder;
          }
        };
      } catch (OrtException e) {
        throw new IllegalStateException(name + ": onnxruntime: " + e.getMessage(), e);
      }
    }

    private static byte[] resource(String name) {
      try (InputStream in = EmbeddingEvaluation.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(
              name + " is not on the class path (build with -Pembeddings)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path[] data = {Path.of("..", "shared", "data")};
    String[] model = {"minilm"};
    Path[] cache = {Path.of("benchmarks", "target", "embedding-cache")};
    int[] timed = {500};
    int[] threads = {1};
    boolean[] instruction = {false};
    boolean[] withDescriptions = {true};
    Args.parse(
        args,
        "options: --data DIR --model minilm|minilm-q|bge|bge-q|e5-q --instruction yes|no"
            + " --descriptions yes|no --threads N --cache DIR --timed N",
        (name, value) -> {
          switch (name) {
            case "--data" -> data[0] = Path.of(value);
            case "--model" -> model[0] = value;
            case "--threads" -> threads[0] = Args.count(name, value);
            case "--descriptions" -> withDescriptions[0] = Args.yesNo(name, value);
            case "--instruction" -> instruction[0] = Args.yesNo(name, value);
            case "--cache" -> cache[0] = Path.of(value);
            case "--timed" -> timed[0] = Args.count(name, value);
            default -> {
              return false;
            }
          }
          return true;
        });
    Optional<Taxonomy> loaded = ResolutionEvaluation.taxonomy(data[0]);
    if (loaded.isEmpty()) {
      return;
    }
    Taxonomy taxonomy = loaded.get();
    List<Title> all = JobTitles.read(ResolutionEvaluation.titles(data[0]));
    List<Title> tune = JobTitles.half(all, Half.TUNE);
    List<Title> heldOut = JobTitles.half(all, Half.HELD_OUT);

    long t0 = System.nanoTime();
    Spec spec = Spec.of(model[0], instruction[0]);
    EmbeddingModel embedder = spec.load(threads[0]);
    embedder.embed("warm up");
    System.out.printf(
        Locale.ROOT,
        "model %s loaded in %.1f s (%d onnxruntime intra-op thread(s); title prefix \"%s\", label"
            + " prefix \"%s\")%n",
        model[0],
        (System.nanoTime() - t0) / 1e9,
        threads[0],
        spec.queryPrefix(),
        spec.documentPrefix());

    // occupations and their texts
    List<Occupation> occupations = new ArrayList<>(taxonomy.occupations());
    occupations.sort(java.util.Comparator.comparing(Occupation::uri));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < occupations.size(); i++) {
      index.put(occupations.get(i).uri(), i);
    }
    Map<String, String> descriptions = descriptions(data[0]);
    List<String> labelTexts = new ArrayList<>();
    List<Integer> labelOwner = new ArrayList<>();
    List<String> descTexts = new ArrayList<>();
    for (int i = 0; i < occupations.size(); i++) {
      Occupation o = occupations.get(i);
      Set<String> labels = new LinkedHashSet<>();
      Optional.ofNullable(o.labels().preferred().get("en")).ifPresent(labels::add);
      labels.addAll(o.labels().alternatives().getOrDefault("en", List.of()));
      for (String l : labels) {
        labelTexts.add(spec.documentPrefix() + l);
        labelOwner.add(i);
      }
      String pref = o.labels().best("en");
      if (withDescriptions[0]) {
        descTexts.add(spec.documentPrefix() + pref + ": " + descriptions.getOrDefault(o.uri(), ""));
      }
    }

    Path cacheFile = cache[0].resolve(model[0] + ".bin");
    Map<String, float[]> vectors = readCache(cacheFile);
    int before = vectors.size();

    // time per title, on titles never embedded before in this process nor read from the cache
    List<String> distinctHeldOut =
        heldOut.stream()
            .map(Title::text)
            .distinct()
            .limit(timed[0])
            .map(t -> spec.queryPrefix() + t)
            .toList();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = threadBean.getCurrentThreadCpuTime();
    long proc0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    for (String t : distinctHeldOut) {
      embedder.embed(t);
    }
    int n = Math.max(1, distinctHeldOut.size());
    System.out.printf(
        Locale.ROOT,
        "embedding one title (%d titles, one at a time): %.2f ms thread CPU, %.2f ms process CPU,"
            + " %.2f ms wall%n",
        distinctHeldOut.size(),
        (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e6 / n,
        (os.getProcessCpuTime() - proc0) / 1e6 / n,
        (System.nanoTime() - wall0) / 1e6 / n);

    List<String> titleTexts = all.stream().map(Title::text).distinct().toList();
    long e0 = System.nanoTime();
    embedMissing(embedder, vectors, labelTexts);
    embedMissing(embedder, vectors, descTexts);
    embedMissing(embedder, vectors, titleTexts.stream().map(t -> spec.queryPrefix() + t).toList());
    System.out.printf(
        Locale.ROOT,
        "embedded %d texts (%d from the cache) in %.1f s%n",
        vectors.size(),
        before,
        (System.nanoTime() - e0) / 1e9);
    if (vectors.size() > before) {
      writeCache(cacheFile, vectors);
    }

    float[][] labelVec = labelTexts.stream().map(vectors::get).toArray(float[][]::new);
    float[][] descVec = descTexts.stream().map(vectors::get).toArray(float[][]::new);
    int[] owner = labelOwner.stream().mapToInt(Integer::intValue).toArray();
    int occ = occupations.size();

    Map<String, Signals> signals = new HashMap<>();
    long l0 = threadBean.getCurrentThreadCpuTime();
    for (String t : titleTexts) {
      List<Hit> lex = new ArrayList<>();
      for (Resolution r :
          taxonomy.resolver().resolve(t, "en", Optional.of(ConceptType.OCCUPATION), LEXICAL_K)) {
        Integer i = index.get(r.uri());
        if (i != null) {
          lex.add(new Hit(i, r.score()));
        }
      }
      signals.put(t, new Signals(lex, Map.of()));
    }
    System.out.printf(
        Locale.ROOT,
        "lexical resolver top-%d: %.2f ms thread CPU per title%n",
        LEXICAL_K,
        (threadBean.getCurrentThreadCpuTime() - l0) / 1e6 / titleTexts.size());

    // the model's signal for every distinct title
    Map<String, Map<String, double[]>> cosines = new HashMap<>();
    long c0 = threadBean.getCurrentThreadCpuTime();
    for (String t : titleTexts) {
      float[] q = vectors.get(spec.queryPrefix() + t);
      double[] byLabel = new double[occ];
      Arrays.fill(byLabel, -1);
      for (int j = 0; j < labelVec.length; j++) {
        double c = dot(q, labelVec[j]);
        if (c > byLabel[owner[j]]) {
          byLabel[owner[j]] = c;
        }
      }
      double[] byBoth = byLabel.clone();
      Map<String, List<Hit>> m = new LinkedHashMap<>();
      m.put("labels", top(byLabel, MODEL_K));
      if (descVec.length > 0) {
        double[] byDesc = new double[occ];
        for (int i = 0; i < occ; i++) {
          byDesc[i] = dot(q, descVec[i]);
          byBoth[i] = Math.max(byLabel[i], byDesc[i]);
        }
        m.put("label: description", top(byDesc, MODEL_K));
        m.put("best of both", top(byBoth, MODEL_K));
      }
      signals.put(t, new Signals(signals.get(t).lexical(), m));
      // the model's cosine for each lexical candidate (the weighted sum needs it for all of them)
      List<Hit> lex = signals.get(t).lexical();
      double[] cl = new double[lex.size()];
      double[] cb = new double[lex.size()];
      for (int k = 0; k < lex.size(); k++) {
        cl[k] = byLabel[lex.get(k).occupation()];
        cb[k] = byBoth[lex.get(k).occupation()];
      }
      cosines.put(t, Map.of("labels", cl, "best of both", cb));
    }
    System.out.printf(
        Locale.ROOT,
        "cosine top-%d by brute force (%d label vectors + %d descriptions): %.2f ms thread CPU per"
            + " title%n",
        MODEL_K,
        labelVec.length,
        descVec.length,
        (threadBean.getCurrentThreadCpuTime() - c0) / 1e6 / titleTexts.size());
    ResolutionEvaluation.label = u -> u;
    TfIdfTitles tfidf = new TfIdfTitles(taxonomy);
    for (var half : List.of(Map.entry("tune", tune), Map.entry("held-out", heldOut))) {
      System.out.println("== " + half.getKey() + " half");
      System.out.println(
          ResolutionEvaluation.score("TF-IDF baseline", half.getValue(), t -> tfidf.rank(t, 5), 0));
      System.out.println(
          ResolutionEvaluation.score(
              "lexical resolver",
              half.getValue(),
              t -> uris(occupations, signals.get(t).lexical()),
              0));
      for (String variant : variants(withDescriptions[0], true)) {
        System.out.println(
            ResolutionEvaluation.score(
                "model: " + variant,
                half.getValue(),
                t -> uris(occupations, signals.get(t).model().get(variant)),
                0));
      }
      // how complementary the two are: either first answer right (a bound for choosing between
      // them)
      int either = 0;
      int both = 0;
      for (Title t : half.getValue()) {
        Signals s = signals.get(t.text());
        boolean lex = firstIs(occupations, s.lexical(), t.occupation());
        boolean mod = firstIs(occupations, s.model().get("labels"), t.occupation());
        either += lex || mod ? 1 : 0;
        both += lex && mod ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "rank 1 right by both %.1f %%, by either (lexical or model: labels) %.1f %%%n",
          100.0 * both / half.getValue().size(),
          100.0 * either / half.getValue().size());
    }

    // fusions: parameters chosen on the tune half by MRR@5, then applied to the held-out half
    for (String variant : variants(withDescriptions[0], false)) {
      double bestMrr = -1;
      double[] bestRrf = null;
      for (double w = 0; w <= 1.0001; w += 0.05) {
        for (double k0 : new double[] {1, 2, 5, 10, 20, 60}) {
          double ww = w;
          Score s =
              ResolutionEvaluation.score(
                  "rrf", tune, t -> uris(occupations, rrf(signals.get(t), variant, ww, k0)), 0);
          if (s.mrr5() > bestMrr) {
            bestMrr = s.mrr5();
            bestRrf = new double[] {w, k0};
          }
        }
      }
      double w = bestRrf[0];
      double k0 = bestRrf[1];
      report(
          String.format(Locale.ROOT, "RRF %s w=%.2f k0=%.0f", variant, w, k0),
          tune,
          heldOut,
          t -> uris(occupations, rrf(signals.get(t), variant, w, k0)));

      bestMrr = -1;
      double bestA = 0;
      for (double a = 0; a <= 1.0001; a += 0.05) {
        double aa = a;
        Score s =
            ResolutionEvaluation.score(
                "sum",
                tune,
                t ->
                    uris(
                        occupations, sum(signals.get(t), cosines.get(t).get(variant), variant, aa)),
                0);
        if (s.mrr5() > bestMrr) {
          bestMrr = s.mrr5();
          bestA = a;
        }
      }
      double a = bestA;
      report(
          String.format(Locale.ROOT, "sum %s a=%.2f", variant, a),
          tune,
          heldOut,
          t -> uris(occupations, sum(signals.get(t), cosines.get(t).get(variant), variant, a)));
    }
  }

  /** The model's variants measured: the description ones only when descriptions are embedded. */
  private static List<String> variants(boolean descriptions, boolean alone) {
    if (!descriptions) {
      return List.of("labels");
    }
    return alone
        ? List.of("labels", "label: description", "best of both")
        : List.of("labels", "best of both");
  }

  private static void report(
      String name, List<Title> tune, List<Title> heldOut, ResolutionEvaluation.Method m) {
    System.out.println("tune     " + ResolutionEvaluation.score(name, tune, m, 0));
    System.out.println("held-out " + ResolutionEvaluation.score(name, heldOut, m, 0));
  }

  /** Reciprocal-rank fusion of the lexical ranking and the model's. */
  static List<Hit> rrf(Signals s, String variant, double w, double k0) {
    Map<Integer, Double> score = new HashMap<>();
    List<Hit> lex = s.lexical();
    for (int r = 0; r < lex.size(); r++) {
      score.merge(lex.get(r).occupation(), w / (k0 + r + 1), Double::sum);
    }
    List<Hit> mod = s.model().get(variant);
    for (int r = 0; r < mod.size(); r++) {
      score.merge(mod.get(r).occupation(), (1 - w) / (k0 + r + 1), Double::sum);
    }
    return sorted(score);
  }

  /**
   * {@code a * confidence + (1 - a) * cosine} over the lexical top 20 and the model's top 50 (a
   * model candidate the lexical resolver did not find has confidence 0; a lexical candidate gets
   * its cosine in the same variant).
   */
  static List<Hit> sum(Signals s, double[] lexCos, String variant, double a) {
    Map<Integer, Double> score = new HashMap<>();
    List<Hit> mod = s.model().get(variant);
    for (Hit h : mod) {
      score.put(h.occupation(), (1 - a) * h.score());
    }
    List<Hit> lex = s.lexical();
    for (int k = 0; k < lex.size(); k++) {
      Hit h = lex.get(k);
      score.put(h.occupation(), a * h.score() + (1 - a) * lexCos[k]);
    }
    return sorted(score);
  }

  private static List<Hit> sorted(Map<Integer, Double> score) {
    List<Hit> out = new ArrayList<>();
    score.forEach((o, v) -> out.add(new Hit(o, v)));
    out.sort(
        java.util.Comparator.comparingDouble((Hit h) -> -h.score())
            .thenComparingInt(Hit::occupation));
    return out.subList(0, Math.min(ResolutionEvaluation.K, out.size()));
  }

  private static boolean firstIs(List<Occupation> occupations, List<Hit> hits, String uri) {
    return !hits.isEmpty() && occupations.get(hits.get(0).occupation()).uri().equals(uri);
  }

  private static List<String> uris(List<Occupation> occupations, List<Hit> hits) {
    return hits.stream().map(h -> occupations.get(h.occupation()).uri()).toList();
  }

  private static List<Hit> top(double[] scores, int k) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> x.equals(y) ? 0 : Double.compare(scores[y], scores[x]));
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, order.length); i++) {
      out.add(new Hit(order[i], scores[order[i]]));
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    return VectorUtil.dotProduct(a, b);
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    double len = Math.sqrt(n);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / len);
    }
    return out;
  }

  private static void embedMissing(
      EmbeddingModel embedder, Map<String, float[]> vectors, List<String> texts) {
    List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
    for (int from = 0; from < missing.size(); from += 1000) {
      List<String> part = missing.subList(from, Math.min(missing.size(), from + 1000));
      var embedded = embedder.embedAll(part.stream().map(TextSegment::from).toList()).content();
      for (int i = 0; i < part.size(); i++) {
        vectors.put(part.get(i), normalised(embedded.get(i).vector()));
      }
    }
  }

  /** English descriptions of ESCO's occupations by URI, from {@code occupations_en.csv}. */
  static Map<String, String> descriptions(Path data) {
    Path zip = data.resolve("esco/v1.1.1/esco-v1.1.1-classification-en-csv.zip");
    Map<String, String> out = new HashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.getEntry("occupations_en.csv");
      String text;
      try (InputStream in = z.getInputStream(e)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<List<String>> rows = JobTitles.csv(text);
      int uri = rows.get(0).indexOf("conceptUri");
      int desc = rows.get(0).indexOf("description");
      for (List<String> r : rows.subList(1, rows.size())) {
        if (r.size() > Math.max(uri, desc)) {
          out.put(r.get(uri), r.get(desc).trim());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(zip + ": " + ex.getMessage(), ex);
    }
    return out;
  }

  private static Map<String, float[]> readCache(Path file) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (var in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String text = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        out.put(text, v);
      }
    }
    return out;
  }

  private static void writeCache(Path file, Map<String, float[]> vectors) throws IOException {
    Files.createDirectories(file.getParent());
    try (var out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(vectors.size());
      for (var e : vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float x : e.getValue()) {
          out.writeFloat(x);
        }
      }
    }
  }
}
