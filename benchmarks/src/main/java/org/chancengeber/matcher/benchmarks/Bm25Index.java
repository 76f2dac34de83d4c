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

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The keyword baseline: what a plain job board does. One Lucene text field per document (an offer's
 * title and description, or a person's skill and occupation labels), scored with Lucene's default
 * BM25; a query is free text, analysed like the documents, each distinct term a SHOULD clause
 * boosted by how often it occurs. No taxonomy, no rules, no distance.
 *
 * <p>The index lives in a temporary directory (memory-mapped) that {@link #close()} deletes. It is
 * written with a large buffer and not force-merged, as a live job board's index would be.
 * Thread-safe for searching.
 */
final class Bm25Index implements Closeable {
  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  private Bm25Index(Path path, Directory directory, DirectoryReader reader, Analyzer analyzer) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analyzer = analyzer;
  }

  /**
   * Indexes every item of {@code items}, in order.
   *
   * @param lang language of the texts: {@code en} and {@code de} get Lucene's stemming analyzers
   *     for that language, any other the standard analyzer
   */
  static <T> Bm25Index build(
      Stream<T> items, Function<T, String> id, Function<T, String> text, String lang) {
    Analyzer analyzer = analyzer(lang);
    Path path = null;
    try {
      path = Files.createTempDirectory("chancengeber-bm25-");
      Directory directory = new MMapDirectory(path);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(256);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        Document doc = new Document();
        StoredField idField = new StoredField(ID, "");
        Field textField = new TextField(TEXT, "", Field.Store.NO);
        doc.add(idField);
        doc.add(textField);
        items.forEachOrdered(
            item -> {
              idField.setStringValue(id.apply(item));
              textField.setStringValue(text.apply(item));
              try {
                writer.addDocument(doc);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      return new Bm25Index(path, directory, DirectoryReader.open(directory), analyzer);
    } catch (IOException e) {
      deleteQuietly(path);
      throw new UncheckedIOException("cannot build the BM25 index in " + path, e);
    }
  }

  /** Number of indexed documents. */
  int size() {
    return reader.numDocs();
  }

  /** Ids of the best {@code k} documents for {@code text}; empty when it has no searchable word. */
  List<String> search(String text, int k) {
    return search(text, k, id -> true);
  }

  /**
   * Ids of the best {@code k} documents for {@code text} among those {@code accept} takes (a job
   * board's filter, e.g. the radius around the person): the search goes deeper until {@code k} are
   * accepted or no hit is left, so the result is the exact top {@code k} of the accepted ones.
   */
  List<String> search(String text, int k, Predicate<String> accept) {
    if (k <= 0) {
      throw new IllegalArgumentException("k (" + k + ") must be positive");
    }
    Query query = query(text);
    if (query == null) {
      return List.of();
    }
    try {
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>(k);
      ScoreDoc after = null;
      int page = Math.max(4 * k, 64);
      while (ids.size() < k) {
        TopDocs top = searcher.searchAfter(after, query, page);
        for (ScoreDoc hit : top.scoreDocs) {
          String id = stored.document(hit.doc).get(ID);
          if (accept.test(id)) {
            ids.add(id);
            if (ids.size() == k) {
              break;
            }
          }
        }
        if (top.scoreDocs.length < page) {
          break;
        }
        after = top.scoreDocs[top.scoreDocs.length - 1];
        page *= 2;
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One boosted SHOULD clause per distinct term, the most frequent terms first; null when none. */
  Query query(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (counts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(IndexSearcher.getMaxClauseCount())
        .forEach(
            e -> {
              Query q = new TermQuery(new Term(TEXT, e.getKey()));
              query.add(
                  e.getValue() == 1 ? q : new BoostQuery(q, e.getValue()),
                  BooleanClause.Occur.SHOULD);
            });
    return query.build();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      analyzer.close();
      deleteQuietly(path);
    }
  }

  private static Analyzer analyzer(String lang) {
    return switch (lang) {
      case "en" -> new EnglishAnalyzer();
      case "de" -> new GermanAnalyzer();
      default -> new StandardAnalyzer();
    };
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
