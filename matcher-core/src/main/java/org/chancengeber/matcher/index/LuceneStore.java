package org.chancengeber.matcher.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.Bits;

/**
 * A Lucene index of prepared entries (offers or people) plus the entries themselves in memory, so
 * that the hot path reads one numeric doc value per hit instead of loading stored fields.
 *
 * <p>Each write gets a fresh key, stored as doc values and mapping to the entry in memory; the
 * entry's previous key is dropped once no searcher that still sees its document is held (however
 * many refreshes a query spans), so queries running on an older searcher find what they see. Writes
 * of one id are serialised by a striped lock; writes of different ids run in parallel. Thread-safe.
 */
public abstract sealed class LuceneStore<T> implements Closeable
    permits VacancyIndex, CandidateIndex {
  static final String ID = "id";
  static final String KEY = "key";
  static final String CELL = "cell";
  private static final int STRIPES = 256;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ConcurrentHashMap<String, Slot<T>> byId = new ConcurrentHashMap<>();
  private final KeyTable<T> byKey = new KeyTable<>();
  private final AtomicLong nextKey = new AtomicLong();
  private final Object[] locks = new Object[STRIPES];
  private final ConcurrentLinkedQueue<Long> retired = new ConcurrentLinkedQueue<>();
  private final Generations generations = new Generations();

  private record Slot<T>(long key, T value) {}

  LuceneStore(Optional<Path> path) {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
    try {
      this.directory = path.isPresent() ? FSDirectory.open(path.get()) : new ByteBuffersDirectory();
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(64)
              // neighbours in space are neighbours in doc-id order: a distance filter then selects
              // a few runs of doc ids, and the feature postings skip everything between them
              .setIndexSort(new Sort(new SortField(CELL, SortField.Type.LONG)))
              .setCommitOnClose(path.isPresent());
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
      generations.opened(current());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index" + path.map(p -> " in " + p).orElse(""), e);
    }
  }

  /** The Lucene document for {@code value}; must include {@link #base(String, long)}'s fields. */
  abstract Document document(T value, long key);

  abstract String idOf(T value);

  /** A document with the id and key fields set. */
  static Document base(String id, long key) {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.NO));
    doc.add(new NumericDocValuesField(KEY, key));
    return doc;
  }

  /**
   * The Z-order (Morton) code of a point: latitude and longitude in Lucene's 32-bit encoding, bits
   * interleaved, so that nearby points mostly get nearby codes. The index is sorted by it.
   */
  static Field cell(double lat, double lon) {
    int y = GeoEncodingUtils.encodeLatitude(lat) ^ Integer.MIN_VALUE;
    int x = GeoEncodingUtils.encodeLongitude(lon) ^ Integer.MIN_VALUE;
    return new NumericDocValuesField(CELL, BitUtil.interleave(x, y) ^ Long.MIN_VALUE);
  }

  /** Adds or replaces the entry with {@code value}'s id. */
  void upsert(T value) {
    String id = idOf(value);
    synchronized (lock(id)) {
      long key = nextKey.getAndIncrement();
      byKey.put(key, value);
      try {
        writer.updateDocument(new Term(ID, id), document(value, key));
      } catch (IOException e) {
        byKey.remove(key);
        throw new UncheckedIOException("cannot index " + id, e);
      }
      Slot<T> previous = byId.put(id, new Slot<>(key, value));
      if (previous != null) {
        retired.add(previous.key());
      }
    }
  }

  /** Removes the entry with this id; false when there was none. */
  public boolean delete(String id) {
    synchronized (lock(id)) {
      Slot<T> previous = byId.remove(id);
      if (previous == null) {
        return false;
      }
      try {
        writer.deleteDocuments(new Term(ID, id));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + id, e);
      }
      retired.add(previous.key());
      return true;
    }
  }

  /**
   * Makes all writes so far visible to searches. The keys of the entries this refresh hides are
   * dropped once no searcher opened before it is held any more (see {@link Generations}).
   */
  public synchronized void refresh() {
    List<Long> hidden = new ArrayList<>();
    for (Long k; (k = retired.poll()) != null; ) {
      hidden.add(k);
    }
    try {
      searchers.maybeRefreshBlocking();
      if (!generations.refreshed(current(), hidden)) {
        retired.addAll(hidden); // no new reader: they are still seen; hide them with the next one
      }
    } catch (IOException e) {
      retired.addAll(hidden);
      throw new UncheckedIOException("cannot refresh index", e);
    }
  }

  /** The reader of the current searcher, with a reference of its own: decRef it when done. */
  private org.apache.lucene.index.IndexReader current() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      org.apache.lucene.index.IndexReader r = s.getIndexReader();
      r.incRef();
      return r;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The readers searches may still hold, in the order they were opened, and the keys each refresh
   * hid. A key hidden by the refresh that opened reader N is still seen through readers before N,
   * which a query may hold for as long as it likes (a paged retrieval holds one across pages, and
   * across any number of refreshes); so the key is dropped only when every reader before N is
   * closed, which Lucene does when the last query holding it releases it.
   */
  private final class Generations {
    /** Generation of each reader not closed yet. */
    private final java.util.TreeSet<Long> open = new java.util.TreeSet<>();

    /** Keys by the generation of the reader that no longer sees them. */
    private final java.util.TreeMap<Long, List<Long>> hidden = new java.util.TreeMap<>();

    private final java.util.IdentityHashMap<Object, Long> known = new java.util.IdentityHashMap<>();
    private long last = -1;

    /**
     * Registers {@code reader} (with a reference taken for us, released here); false when it was
     * known already.
     */
    synchronized boolean opened(org.apache.lucene.index.IndexReader reader) throws IOException {
      try {
        Object id = reader.getReaderCacheHelper().getKey();
        if (known.containsKey(id)) {
          return false;
        }
        long gen = ++last;
        known.put(id, gen);
        open.add(gen);
        reader.getReaderCacheHelper().addClosedListener(key -> closed(key, gen));
        return true;
      } finally {
        reader.decRef();
      }
    }

    /**
     * A refresh made {@code reader} current, which no longer sees {@code keys}; false when it is
     * the reader that was current before (then it still sees them).
     */
    boolean refreshed(org.apache.lucene.index.IndexReader reader, List<Long> keys)
        throws IOException {
      synchronized (this) {
        if (!opened(reader)) {
          return false;
        }
        if (!keys.isEmpty()) {
          hidden.computeIfAbsent(last, g -> new ArrayList<>()).addAll(keys);
        }
      }
      drop();
      return true;
    }

    private void closed(Object key, long gen) {
      synchronized (this) {
        known.remove(key);
        open.remove(gen);
      }
      drop();
    }

    /** Drops the keys that no open reader sees. */
    private void drop() {
      List<Long> drop = new ArrayList<>();
      synchronized (this) {
        long oldest = open.isEmpty() ? Long.MAX_VALUE : open.first();
        while (!hidden.isEmpty() && hidden.firstKey() <= oldest) {
          drop.addAll(hidden.pollFirstEntry().getValue());
        }
      }
      drop.forEach(byKey::remove);
    }
  }

  /**
   * Merges the index into one segment and makes all writes visible: searching one segment sets up
   * each query term once instead of once per segment. Takes a while on a large index (about 15
   * seconds for a million offers on two cores); searches run on meanwhile.
   */
  public void compact() {
    try {
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge index", e);
    }
    refresh();
  }

  /** The latest entry written with this id (visible to searches after the next refresh). */
  Optional<T> get(String id) {
    Slot<T> s = byId.get(id);
    return s == null ? Optional.empty() : Optional.of(s.value());
  }

  /** Number of entries written (and not deleted). */
  public int count() {
    return byId.size();
  }

  /** All entries written (and not deleted), visible or not yet; in no particular order. */
  public List<T> latest() {
    List<T> out = new ArrayList<>(byId.size());
    byId.values().forEach(s -> out.add(s.value()));
    return out;
  }

  interface SearchFunction<R> {
    R apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on the current searcher (one consistent snapshot). */
  <R> R search(SearchFunction<R> f) {
    IndexSearcher s = acquire();
    try {
      return f.apply(s);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    } finally {
      release(s);
    }
  }

  /** The current searcher; give it back with {@link #release}. */
  IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A paged phase one on the current snapshot (see {@link Retrieval}): {@code filter} holds the
   * filtering clauses (FILTER or MUST_NOT), {@code core} the concept terms (null when there are
   * none), {@code extra} the other scoring clauses, whose largest sum is {@code extraMax}.
   */
  Retrieval<T> retrieval(
      List<BooleanClause> filter, Query core, List<Query> extra, double extraMax, double slack) {
    Query coreQuery = null;
    if (core != null) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      filter.forEach(b::add);
      b.add(core, Occur.MUST);
      extra.forEach(q -> b.add(q, Occur.SHOULD));
      coreQuery = b.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filter.forEach(b::add);
    extra.forEach(q -> b.add(q, Occur.SHOULD));
    if (extra.isEmpty() && filter.stream().noneMatch(c -> c.occur() == Occur.FILTER)) {
      b.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
    }
    return new Retrieval<>(this, acquire(), coreQuery, b.build(), extraMax, slack);
  }

  /** The entries behind {@code hits}, without duplicates, in doc-id order. */
  List<T> entries(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    ScoreDoc[] sorted = hits.clone();
    Arrays.sort(sorted, Comparator.comparingInt(d -> d.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<T> out = new ArrayList<>(sorted.length);
    int leaf = -1;
    NumericDocValues keys = null;
    int end = 0;
    int last = -1;
    for (ScoreDoc d : sorted) {
      if (d.doc == last) {
        continue;
      }
      last = d.doc;
      while (d.doc >= end) {
        leaf++;
        LeafReaderContext ctx = leaves.get(leaf);
        end = ctx.docBase + ctx.reader().maxDoc();
        keys = ctx.reader().getNumericDocValues(KEY);
      }
      int local = d.doc - leaves.get(leaf).docBase;
      if (keys != null && keys.advanceExact(local)) {
        T value = byKey.get(keys.longValue());
        if (value != null) {
          out.add(value);
        }
      }
    }
    return out;
  }

  /** Every entry of the current snapshot: the pool of the exhaustive oracle. */
  public List<T> all() {
    return search(this::all);
  }

  /** Every live entry of the searcher's snapshot. */
  List<T> all(IndexSearcher searcher) throws IOException {
    List<T> out = new ArrayList<>(searcher.getIndexReader().numDocs());
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      NumericDocValues keys = ctx.reader().getNumericDocValues(KEY);
      if (keys == null) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      for (int doc = keys.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
        if (live == null || live.get(doc)) {
          T value = byKey.get(keys.longValue());
          if (value != null) {
            out.add(value);
          }
        }
      }
    }
    return out;
  }

  private Object lock(String id) {
    return locks[(id.hashCode() & 0x7fffffff) % STRIPES];
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index", e);
    }
  }
}
