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

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The folder of an index: claimed with a marker file when created, refused when it holds anything
 * without one (Lucene deletes the files of a folder it writes whose names look like its own), and
 * the failures of opening it said in a person's words.
 */
public final class IndexFolder {
  private IndexFolder() {}

  /**
   * Makes sure {@code folder} is an index's own: creates it with a {@link LuceneStore#MARKER} when
   * missing or empty, accepts it when it has the marker.
   *
   * @param kind what the folder holds, written into the marker ("engine", "store")
   * @param allowed names besides the marker that an unmarked folder may hold (none for a store)
   * @throws IndexFolderException when the folder is not empty and has no marker, or is a file
   */
  public static void claim(Path folder, String kind, Set<String> allowed) {
    Path marker = folder.resolve(LuceneStore.MARKER);
    try {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new IndexFolderException(folder + ": not a folder; give a new or empty folder");
      }
      if (Files.isRegularFile(marker)) {
        return;
      }
      List<String> names = names(folder);
      List<String> foreign = names.stream().filter(n -> !allowed.contains(n)).toList();
      if (!foreign.isEmpty()) {
        throw new IndexFolderException(
            folder
                + ": not empty and not an index (no "
                + LuceneStore.MARKER
                + "); it holds "
                + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "")
                + ". Give a new or empty folder: files in an index folder may be deleted");
      }
      Files.createDirectories(folder);
      Files.writeString(
          marker,
          "Chancengeber "
              + kind
              + " index, format "
              + LuceneStore.FORMAT
              + ". Written by the engine; do not put other files into this folder.\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create index folder " + folder, e);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Whether {@code folder} carries the marker an engine writes into its index folders. */
  public static boolean holdsIndex(Path folder) {
    return Files.isRegularFile(folder.resolve(LuceneStore.MARKER));
  }

  /**
   * The user data of the last commit of the store in {@code folder}; empty when the folder holds no
   * index yet.
   *
   * @throws IndexFolderException when the last commit cannot be read
   */
  public static java.util.Map<String, String> lastCommit(Path folder) {
    if (!holdsIndex(folder)) {
      return java.util.Map.of();
    }
    try (Directory d = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(d)) {
        return java.util.Map.of();
      }
      return SegmentInfos.readLatestCommit(d).getUserData();
    } catch (IOException | RuntimeException e) {
      throw openFailure(Optional.of(folder), null, e);
    }
  }

  /**
   * Makes the newest of the store's kept commits whose user data has {@code key} = {@code value}
   * (absent counts as "0") its last commit again, dropping what later commits added: for an engine
   * whose other store did not get the last commit (a crash between the two).
   *
   * @throws IndexFolderException when no kept commit matches
   */
  public static void rollBack(Path folder, String key, String value) {
    try (Directory d = FSDirectory.open(folder)) {
      IndexCommit target = null;
      for (IndexCommit c : DirectoryReader.listCommits(d)) {
        if (value.equals(c.getUserData().getOrDefault(key, "0"))) {
          target = c;
        }
      }
      if (target == null) {
        throw new IndexFolderException(
            "index folder "
                + folder
                + " has no commit "
                + value
                + " to go back to (its other half is at that commit). Restore the index from a"
                + " backup, or build it again (matcher index)");
      }
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
              .setIndexCommit(target)
              .setIndexDeletionPolicy(new LuceneStore.KeepLastCommits())
              .setIndexSort(LuceneStore.SORT)
              .setCommitOnClose(false);
      try (IndexWriter w = new IndexWriter(d, config)) {
        w.setLiveCommitData(target.getUserData().entrySet());
        w.commit();
      }
    } catch (IOException | RuntimeException e) {
      throw openFailure(Optional.of(folder), null, e);
    }
  }

  /** The exception to throw for {@code e}, raised while opening the store in {@code path}. */
  static RuntimeException openFailure(Optional<Path> path, Directory d, Exception e) {
    String where = path.map(Path::toString).orElse("(memory)");
    if (e instanceof IndexFolderException ife) {
      return ife;
    }
    if (e instanceof LockObtainFailedException) {
      return new IndexFolderException(
          "index folder "
              + where
              + " is in use by another engine or process: its lock file "
              + path.map(p -> p.resolve("write.lock").toString()).orElse("write.lock")
              + " is held. Close that engine (or let that matcher run end) first",
          e);
    }
    if (e instanceof CorruptIndexException
        || e instanceof EOFException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException) {
      String commit = lastCommitFile(d, path);
      return new IndexFolderException(
          "index folder "
              + where
              + " cannot be read: its last commit "
              + (commit == null ? "" : path.map(p -> p.resolve(commit).toString()).orElse(commit))
              + " is damaged or incomplete ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "). Restore the folder from a backup, or move it away and build the index again"
              + " (matcher index)",
          e);
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException("cannot open index in " + where, io);
    }
    return (RuntimeException) e;
  }

  private static String lastCommitFile(Directory d, Optional<Path> path) {
    try {
      if (d != null) {
        return SegmentInfos.getLastCommitSegmentsFileName(d.listAll());
      }
      if (path.isPresent()) {
        try (Stream<Path> s = Files.list(path.get())) {
          return SegmentInfos.getLastCommitSegmentsFileName(
              s.map(p -> p.getFileName().toString()).toArray(String[]::new));
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
