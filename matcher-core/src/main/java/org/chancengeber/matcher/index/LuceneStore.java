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

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.util.BytesRef;

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

  /** The entry's source record (the project's JSON line, UTF-8), in a persistent store. */
  static final String SOURCE = "src";

  /** The epoch day the source record was written on (the day its validation counted from). */
  static final String DAY = "day";

  /**
   * The version of what a document holds; part of the engine's index fingerprint, so that an index
   * written by another version is re-indexed from its stored records on open. Increase it whenever
   * {@link #document} of a store changes what it writes.
   */
  public static final int FORMAT = 5;

  /** The file that marks a folder as a store's own; a folder without it is never written to. */
  public static final String MARKER = "chancengeber-index.txt";

  /**
   * The index sort: neighbours in space are neighbours in doc-id order, so a distance filter
   * selects a few runs of doc ids, and the feature postings skip everything between them.
   */
  static final Sort SORT = new Sort(new SortField(CELL, SortField.Type.LONG));

  private static final int STRIPES = 256;

  /** The in-memory buffers' size at which {@link #flushIfFull} writes one out, by default. */
  static final long BUFFER_BYTES = 64L << 20;

  private final Optional<Path> path;
  private final Directory directory;
  private final IndexWriter writer;
  private final AtomicBoolean flushing = new AtomicBoolean();
  private final long bufferBytes;
  private final SearcherManager searchers;
  private final ConcurrentHashMap<String, Slot<T>> byId = new ConcurrentHashMap<>();
  private final KeyTable<T> byKey = new KeyTable<>();
  private final AtomicLong nextKey = new AtomicLong();
  private final Object[] locks = new Object[STRIPES];
  private final ConcurrentLinkedQueue<Long> retired = new ConcurrentLinkedQueue<>();
  private final Generations generations = new Generations();
  private final Map<String, String> openedAt;

  /** Gives the day stored with each source record. */
  private volatile java.time.Clock clock = java.time.Clock.systemUTC();

  /** Why the writer can no longer write (set on its first tragic failure); null while it can. */
  private volatile String failed;

  private record Slot<T>(long key, T value) {}

  /**
   * A store in {@code path}, opened at its last commit (created when the folder is empty or
   * missing), or on the heap when empty. A folder that is not empty and has no {@link #MARKER} is
   * refused: Lucene would delete files in it whose names look like its own.
   *
   * @throws IndexFolderException when the folder is not a store's, is in use by another writer, or
   *     its last commit cannot be read
   */
  LuceneStore(Optional<Path> path) {
    this(path, d -> d, BUFFER_BYTES);
  }

  /**
   * As {@link #LuceneStore(Optional)}, with the folder's directory wrapped (for fault tests) and
   * buffers of {@code bufferBytes} bytes.
   */
  LuceneStore(
      Optional<Path> path, java.util.function.UnaryOperator<Directory> wrap, long bufferBytes) {
    this.path = path;
    this.bufferBytes = bufferBytes;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
    if (path.isPresent()) {
      IndexFolder.claim(path.get(), "store", Set.of());
    }
    Directory d = null;
    IndexWriter w = null;
    try {
      d = path.isPresent() ? wrap.apply(FSDirectory.open(path.get())) : new ByteBuffersDirectory();
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setIndexDeletionPolicy(new KeepLastCommits())
              // flushIfFull writes buffers out; the writer's own flush is a safety net only
              .setRAMBufferSizeMB(4.0 * bufferBytes / (1024 * 1024))
              .setIndexSort(SORT)
              // what is not committed is dropped on close, as in a crash: the folder always holds
              // exactly the last commit()
              .setCommitOnClose(false);
      w = new IndexWriter(d, config);
      if (path.isPresent() && !DirectoryReader.indexExists(d)) {
        w.commit(); // an empty first commit: there is always one to open and to roll back to
      }
      this.directory = d;
      this.writer = w;
      this.searchers = new SearcherManager(writer, null);
      generations.opened(current());
      Map<String, String> data = new java.util.HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      this.openedAt = Map.copyOf(data);
    } catch (IOException | RuntimeException e) {
      closeQuietly(w, d);
      throw IndexFolder.openFailure(path, d, e);
    }
  }

  private static void closeQuietly(IndexWriter w, Directory d) {
    try {
      if (w != null) {
        w.rollback();
      }
    } catch (IOException | RuntimeException ignored) {
      // already failing: the first failure is the one reported
    }
    try {
      if (d != null) {
        d.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // as above
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

  /**
   * The clock whose date is stored with each source record written from now on (default: the system
   * clock, UTC): the day its validation counted from, which reading it back uses again.
   */
  public void recordClock(java.time.Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** The source record of {@code value} as stored in a persistent store (UTF-8). */
  abstract byte[] source(T value);

  /** Called for each entry put back on open, for what a store derives from its entries. */
  void restored(T value) {}

  /** Adds or replaces the entry with {@code value}'s id. */
  void upsert(T value) {
    String id = idOf(value);
    ensureWritable();
    synchronized (lock(id)) {
      long key = nextKey.getAndIncrement();
      byKey.put(key, value);
      try {
        Document doc = document(value, key);
        if (path.isPresent()) {
          doc.add(new StoredField(SOURCE, source(value)));
          doc.add(new StoredField(DAY, (int) java.time.LocalDate.now(clock).toEpochDay()));
        }
        writer.updateDocument(new Term(ID, id), doc);
      } catch (IOException | RuntimeException e) {
        byKey.remove(key);
        throw writeFailure("cannot index " + id, e);
      }
      Slot<T> previous = byId.put(id, new Slot<>(key, value));
      if (previous != null) {
        retired.add(previous.key());
      }
    }
    flushIfFull();
  }

  /**
   * Writes the largest in-memory buffer as a segment once the buffers hold {@link #bufferBytes} (64
   * MB by default), one thread at a time. The writer's own flush is only a safety net, at four
   * times that size: it runs inside {@code updateDocument}, while that thread holds its id's lock,
   * and another thread that came to an id of the same stripe waited for the whole flush (building
   * 1,000,000 offers on two cores, threads waited 22 s in all, up to 7 s at a time). Here no lock
   * is held, and the other threads go on indexing meanwhile.
   */
  private void flushIfFull() {
    if (!flushing.compareAndSet(false, true)) {
      return; // another thread is looking, or writing one out
    }
    try {
      // inside the try: a writer another thread's failure closed fails as writeFailure says
      if (writer.ramBytesUsed() >= bufferBytes) {
        writer.flushNextBuffer();
      }
    } catch (IOException | RuntimeException e) {
      throw writeFailure("cannot write index buffer", e);
    } finally {
      flushing.set(false);
    }
  }

  /** The bytes the writer holds in memory: documents not yet written to a segment, deletes. */
  long bufferedBytes() {
    return writer.ramBytesUsed();
  }

  /** Removes the entry with this id; false when there was none. */
  public boolean delete(String id) {
    ensureWritable();
    synchronized (lock(id)) {
      Slot<T> previous = byId.get(id);
      if (previous == null) {
        return false;
      }
      try {
        writer.deleteDocuments(new Term(ID, id));
      } catch (IOException | RuntimeException e) {
        throw writeFailure("cannot delete " + id, e);
      }
      byId.remove(id);
      retired.add(previous.key());
    }
    flushIfFull();
    return true;
  }

  /**
   * Makes all writes so far visible to searches. The keys of the entries this refresh hides are
   * dropped once no searcher opened before it is held any more (see {@link Generations}).
   */
  public synchronized void refresh() {
    ensureWritable();
    List<Long> hidden = new ArrayList<>();
    for (Long k; (k = retired.poll()) != null; ) {
      hidden.add(k);
    }
    try {
      searchers.maybeRefreshBlocking();
      if (!generations.refreshed(current(), hidden)) {
        retired.addAll(hidden); // no new reader: they are still seen; hide them with the next one
      }
    } catch (IOException | RuntimeException e) {
      retired.addAll(hidden);
      throw writeFailure("cannot refresh index", e);
    }
  }

  /**
   * Makes everything written so far durable, with {@code data} as the commit's user data: a store
   * opened on the folder later (or after a crash) holds exactly this. Atomic: a crash during the
   * commit leaves the previous one. Does not refresh.
   */
  public synchronized void commit(Map<String, String> data) {
    ensureWritable();
    try {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
    } catch (IOException | RuntimeException e) {
      throw writeFailure("cannot commit index", e);
    }
  }

  /** The user data of the commit the store was opened at (empty for a new store). */
  public Map<String, String> openedAt() {
    return openedAt;
  }

  /** Whether the store keeps its entries in a folder (and their source records with them). */
  public boolean persistent() {
    return path.isPresent();
  }

  /**
   * The stored entries of the current snapshot, in batches; for a persistent store just opened,
   * what its last commit held. Close it when done.
   */
  public StoredEntries stored() {
    return new StoredEntries(acquire());
  }

  /** An entry as stored: its key and source record. */
  public record Stored(long key, byte[] source, java.time.LocalDate day) {}

  /** The stored entries of one snapshot, batch by batch. Not thread-safe. */
  public final class StoredEntries implements AutoCloseable {
    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private int leaf = -1;
    private NumericDocValues keys;
    private org.apache.lucene.index.StoredFields fields;
    private Bits live;
    private int doc = NumericDocValues.NO_MORE_DOCS;
    private boolean closed;

    private StoredEntries(IndexSearcher searcher) {
      this.searcher = searcher;
      this.leaves = searcher.getIndexReader().leaves();
    }

    /** Live documents in the snapshot. */
    public int size() {
      return searcher.getIndexReader().numDocs();
    }

    /** Up to {@code n} more entries; empty when all have been returned. */
    public List<Stored> next(int n) {
      List<Stored> out = new ArrayList<>(Math.min(n, 1024));
      try {
        while (out.size() < n) {
          if (doc == NumericDocValues.NO_MORE_DOCS) {
            if (++leaf >= leaves.size()) {
              break;
            }
            LeafReaderContext ctx = leaves.get(leaf);
            keys = ctx.reader().getNumericDocValues(KEY);
            fields = ctx.reader().storedFields();
            live = ctx.reader().getLiveDocs();
            doc = keys == null ? NumericDocValues.NO_MORE_DOCS : keys.nextDoc();
            continue;
          }
          if (live == null || live.get(doc)) {
            Document d = fields.document(doc, Set.of(SOURCE, DAY));
            BytesRef src = d.getBinaryValue(SOURCE);
            if (src != null) {
              Number day = d.getField(DAY) == null ? null : d.getField(DAY).numericValue();
              out.add(
                  new Stored(
                      keys.longValue(),
                      Arrays.copyOfRange(src.bytes, src.offset, src.offset + src.length),
                      java.time.LocalDate.ofEpochDay(day == null ? 0 : day.longValue())));
            }
          }
          doc = keys.nextDoc();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read stored entries", e);
      }
      return out;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        release(searcher);
      }
    }
  }

  /**
   * Puts back an entry read from the store's own documents (see {@link #stored()}) under the key
   * its document has, without writing: its document is in the index already.
   */
  public void restore(long key, T value) {
    String id = idOf(value);
    synchronized (lock(id)) {
      byKey.put(key, value);
      Slot<T> previous = byId.put(id, new Slot<>(key, value));
      if (previous != null) {
        retired.add(previous.key());
      }
      nextKey.accumulateAndGet(key + 1, Math::max);
    }
    restored(value);
  }

  /** Throws when an earlier failure left the writer unable to write. */
  private void ensureWritable() {
    String why = failed;
    if (why != null) {
      throw new IllegalStateException(why);
    }
  }

  /**
   * The exception for a failed write: when the writer is closed by it (Lucene closes its writer on
   * a failure it cannot recover from, such as a full disk while a segment is written), every later
   * write fails with the same clear message instead of Lucene's "this IndexWriter is closed".
   */
  private RuntimeException writeFailure(String what, Exception e) {
    Throwable tragic = writer.getTragicException();
    if (tragic != null || !writer.isOpen()) {
      Throwable cause = tragic != null ? tragic : e;
      String why =
          "the index"
              + path.map(p -> " in " + p).orElse("")
              + " can no longer be written ("
              + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
              + "): what was written since its last commit is lost; searches still see the last"
              + " refresh. Close the engine and open it again: it holds the last commit";
      failed = why;
      return new IllegalStateException(why, cause);
    }
    return e instanceof IOException io
        ? new UncheckedIOException(what + path.map(p -> " in " + p).orElse(""), io)
        : (RuntimeException) e;
  }

  /** Whether an earlier failure left the writer unable to write (see {@link #upsert}). */
  public boolean failed() {
    return failed != null;
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
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filter.forEach(b::add);
    extra.forEach(q -> b.add(q, Occur.SHOULD));
    if (extra.isEmpty() && filter.stream().noneMatch(c -> c.occur() == Occur.FILTER)) {
      b.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
    }
    return new Retrieval<>(
        this,
        acquire(),
        coreQuery(filter, core, extra),
        null,
        b.build(),
        extraMax,
        Double.POSITIVE_INFINITY,
        true,
        slack);
  }

  /**
   * Two stages, the second a query of its own: {@code core} under the filters, and {@code rest}
   * (null for none), whose scores are at most {@code restMax}, its feature clauses adding at most
   * {@code restApprox}. For every entry not yet returned, what the exact scorer can give must be at
   * most the larger of its core score + {@code slack} and its rest score (an entry that does not
   * match a stage scores 0 there). {@code complete} gives the clauses that complete the core for
   * the fit an entry needs: the terms it left out, bounded per entry, and for a need above 0 the
   * logistics clauses ({@link Retrieval#aboveByLogistics}).
   */
  Retrieval<T> twoStages(
      List<BooleanClause> filter,
      Query core,
      java.util.function.DoubleFunction<List<Query>> complete,
      Query rest,
      double restMax,
      double restApprox,
      double slack) {
    return new Retrieval<>(
        this,
        acquire(),
        coreQuery(filter, core, List.of()),
        need -> coreQuery(filter, core, complete.apply(need)),
        rest,
        restMax,
        restApprox,
        false,
        slack);
  }

  /** The core under the filters, with the extra clauses; null without a core. */
  private static Query coreQuery(List<BooleanClause> filter, Query core, List<Query> extra) {
    Query coreQuery = null;
    if (core != null) {
      // one flat disjunction under the filters, at least one clause matching: the shape Lucene
      // scores with MaxScoreBulkScorer, which skips blocks of documents that cannot compete
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      filter.forEach(b::add);
      if (core instanceof BooleanQuery terms
          && terms.getMinimumNumberShouldMatch() == 0
          && terms.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
        terms.clauses().forEach(b::add);
      } else {
        b.add(core, Occur.SHOULD);
      }
      extra.forEach(q -> b.add(q, Occur.SHOULD));
      b.setMinimumNumberShouldMatch(1);
      coreQuery = b.build();
    }
    return coreQuery;
  }

  /** The entries behind {@code hits}, without duplicates, in doc-id order. */
  List<T> entries(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int[] sorted = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      sorted[i] = hits[i].doc;
    }
    Arrays.sort(sorted);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<T> out = new ArrayList<>(sorted.length);
    int leaf = -1;
    NumericDocValues keys = null;
    int end = 0;
    int last = -1;
    for (int doc : sorted) {
      if (doc == last) {
        continue;
      }
      last = doc;
      while (doc >= end) {
        leaf++;
        LeafReaderContext ctx = leaves.get(leaf);
        end = ctx.docBase + ctx.reader().maxDoc();
        keys = ctx.reader().getNumericDocValues(KEY);
      }
      int local = doc - leaves.get(leaf).docBase;
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

  /** Closes the store, dropping what was written since the last {@link #commit}. */
  @Override
  public void close() {
    try {
      searchers.close();
    } catch (IOException e) {
      // the writer below is closed anyway
    }
    closeQuietly(writer, null);
    try {
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot close index" + path.map(p -> " in " + p).orElse(""), e);
    }
  }

  /** Keeps the last two commits, so that an engine can roll one store back to the other's. */
  static final class KeepLastCommits extends org.apache.lucene.index.IndexDeletionPolicy {
    @Override
    public void onInit(List<? extends org.apache.lucene.index.IndexCommit> commits) {
      onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends org.apache.lucene.index.IndexCommit> commits) {
      for (int i = 0; i < commits.size() - 2; i++) {
        commits.get(i).delete();
      }
    }
  }
}
