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

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads the official ESCO CSV download: folders or zips as distributed, any mix of language files,
 * merged by concept URI.
 *
 * <p>Files are recognised by name: {@code occupations_<lang>.csv}, {@code skills_<lang>.csv},
 * {@code skillGroups_<lang>.csv}, {@code ISCOGroups_<lang>.csv} (labels per language) and {@code
 * occupationSkillRelations.csv}, {@code broaderRelationsSkillPillar.csv}, {@code
 * broaderRelationsOccPillar.csv}, {@code skillSkillRelations.csv} (relations; a {@code _<lang>}
 * suffix as in later ESCO versions is accepted). Other files are listed in the {@link LoadReport}
 * as ignored. Columns are found by header name; the optional column {@code kldbCode} of an
 * occupations file sets {@link Occupation#kldb()}.
 *
 * <p>The main language of each kind of concept is English where loaded, else the language with the
 * most rows: its files define which concepts exist. Files in other languages add labels to those
 * concepts; rows naming other concepts are counted in the report and left out. Relations naming
 * unknown concepts are likewise counted and left out.
 *
 * <p>Any malformed file fails the whole load with a {@link TaxonomyLoadException} naming file, line
 * and column: there is no half-loaded taxonomy.
 */
public final class EscoImporter {
  private static final Pattern LABEL_FILE =
      Pattern.compile(
          "(occupations|skills|skillgroups|iscogroups)_([a-z]{2,3}(?:-[a-z0-9]+)?)\\.csv");
  private static final Pattern RELATION_FILE =
      Pattern.compile(
          "(occupationskillrelations|broaderrelationsskillpillar|broaderrelationsoccpillar"
              + "|skillskillrelations)(?:_[a-z]{2,3}(?:-[a-z0-9]+)?)?\\.csv");
  private static final Pattern KLDB = Pattern.compile("\\d{5}");

  private EscoImporter() {}

  /**
   * A taxonomy and the report of its import.
   *
   * @param taxonomy the taxonomy
   * @param report what was read and left out
   */
  public record Loaded(Taxonomy taxonomy, LoadReport report) {}

  /**
   * Loads and merges every ESCO CSV file found in the given folders, zips and CSV files.
   *
   * @param foldersOrZips folders, zips and CSV files of the ESCO download, e.g. one per language
   * @return the taxonomy
   */
  public static Taxonomy load(Path... foldersOrZips) {
    return loadReporting(foldersOrZips).taxonomy();
  }

  /**
   * {@return the taxonomy of {@link #load(Path...)} with a report of what was read and left out}
   *
   * @param foldersOrZips folders, zips and CSV files of the ESCO download
   */
  public static Loaded loadReporting(Path... foldersOrZips) {
    if (foldersOrZips.length == 0) {
      throw new IllegalArgumentException("no ESCO folder or zip given");
    }
    List<Closeable> open = new ArrayList<>();
    try {
      List<Source> sources = new ArrayList<>();
      for (Path p : foldersOrZips) {
        collect(p, sources, open);
      }
      String where =
          Stream.of(foldersOrZips).map(Path::toString).reduce((a, b) -> a + ", " + b).get();
      return new Importer(sources).run(where);
    } finally {
      for (Closeable c : open) {
        try {
          c.close();
        } catch (IOException e) {
          // nothing left to read from it
        }
      }
    }
  }

  /**
   * Loads ESCO CSV files from the class path: {@code folder/fileName} for each name.
   *
   * @param loader the class loader to read from
   * @param folder the folder on the class path
   * @param fileNames the CSV files' names
   * @return the taxonomy
   */
  public static Taxonomy loadClasspath(ClassLoader loader, String folder, List<String> fileNames) {
    return loadClasspathReporting(loader, folder, fileNames).taxonomy();
  }

  /**
   * {@return the taxonomy of {@link #loadClasspath} with a report of what was read and left out}
   *
   * @param loader the class loader to read from
   * @param folder the folder on the class path
   * @param fileNames the CSV files' names
   */
  public static Loaded loadClasspathReporting(
      ClassLoader loader, String folder, List<String> fileNames) {
    String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    List<Source> sources = new ArrayList<>();
    for (String name : fileNames) {
      String resource = prefix + name;
      sources.add(
          new Source(
              "classpath:" + resource,
              name,
              () -> {
                InputStream in = loader.getResourceAsStream(resource);
                if (in == null) {
                  throw new TaxonomyLoadException(
                      "classpath:" + resource, 0, 0, "no such resource");
                }
                return in;
              }));
    }
    return new Importer(sources).run("classpath:" + prefix);
  }

  private static void collect(Path p, List<Source> sources, List<Closeable> open) {
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(p)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new TaxonomyLoadException(p.toString(), 0, 0, "cannot list folder: " + e, e);
      }
      for (Path f : files) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".zip")) {
          collect(f, sources, open);
        }
      }
      return;
    }
    if (!Files.isRegularFile(p)) {
      throw new TaxonomyLoadException(
          p.toString(),
          0,
          0,
          Files.exists(p)
              ? "not a folder, zip or CSV file (a device or FIFO is not read)"
              : "no such file or folder");
    }
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      ZipFile zip;
      try {
        zip = new ZipFile(p.toFile(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new TaxonomyLoadException(p.toString(), 0, 0, "not a readable zip file: " + e, e);
      }
      open.add(zip);
      List<? extends ZipEntry> entries =
          zip.stream()
              .filter(e -> !e.isDirectory())
              .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted(Comparator.comparing(ZipEntry::getName))
              .toList();
      for (ZipEntry e : entries) {
        String entryName = e.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        sources.add(new Source(p + "!/" + entryName, base, () -> zip.getInputStream(e)));
      }
    } else if (lower.endsWith(".csv")) {
      sources.add(new Source(p.toString(), name, () -> Files.newInputStream(p)));
    } else {
      throw new TaxonomyLoadException(p.toString(), 0, 0, "not a folder, .zip or .csv file");
    }
  }

  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  record Source(String name, String baseName, Opener opener) {
    CsvTable table() {
      InputStream in;
      try {
        in = opener.open();
      } catch (IOException e) {
        throw new TaxonomyLoadException(name, 0, 0, "cannot open: " + e, e);
      }
      Reader r =
          new BufferedReader(
              // malformed input becomes U+FFFD, which CsvReader reports with its line and column
              new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      return new CsvTable(new CsvReader(name, r, ','));
    }
  }

  /** Labels of one concept being collected. */
  static final class LabelDraft {
    final Map<String, String> preferred = new TreeMap<>();
    final Map<String, Set<String>> alternatives = new TreeMap<>();

    void add(String lang, String pref, String alts) {
      if (!pref.isEmpty()) {
        preferred.putIfAbsent(lang, pref);
      }
      for (String a : alts.split("\n")) {
        String t = a.trim();
        if (!t.isEmpty()) {
          alternatives.computeIfAbsent(lang, l -> new LinkedHashSet<>()).add(t);
        }
      }
    }

    Labels build() {
      Map<String, List<String>> alt = new TreeMap<>();
      alternatives.forEach((k, v) -> alt.put(k, List.copyOf(v)));
      return new Labels(preferred, alt);
    }
  }

  static final class OccDraft {
    final String uri;
    String isco = "";
    String kldb = "";
    String broader = "";
    final LabelDraft labels = new LabelDraft();

    OccDraft(String uri) {
      this.uri = uri;
    }
  }

  static final class SkillDraft {
    final String uri;
    SkillType type = SkillType.SKILL_COMPETENCE;
    String reuse = "";
    final LabelDraft labels = new LabelDraft();

    SkillDraft(String uri) {
      this.uri = uri;
    }
  }

  /** One import run. */
  static final class Importer {
    private final List<Source> sources;
    private final List<String> read = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int relationsRead;
    private int relationsSkipped;
    private int labelRowsSkipped;
    private final Set<Long> seen = new HashSet<>();
    private Map<String, Integer> occIds;
    private Map<String, Integer> skillIds;

    private final Map<String, OccDraft> occupations = new LinkedHashMap<>();
    private final Map<String, SkillDraft> skills = new LinkedHashMap<>();
    private final Map<String, LabelDraft> skillGroups = new LinkedHashMap<>();
    private final Map<String, LabelDraft> iscoGroups = new LinkedHashMap<>();

    Importer(List<Source> sources) {
      this.sources = sources;
    }

    Loaded run(String where) {
      Map<String, Map<String, List<Source>>> labelFiles = new HashMap<>();
      Map<String, List<Source>> relationFiles = new HashMap<>();
      for (Source s : sources) {
        String base = s.baseName().toLowerCase(Locale.ROOT);
        Matcher m = LABEL_FILE.matcher(base);
        Matcher r = RELATION_FILE.matcher(base);
        if (m.matches()) {
          labelFiles
              .computeIfAbsent(m.group(1), k -> new TreeMap<>())
              .computeIfAbsent(m.group(2), k -> new ArrayList<>())
              .add(s);
        } else if (r.matches()) {
          relationFiles.computeIfAbsent(r.group(1), k -> new ArrayList<>()).add(s);
        } else {
          ignored.add(s.name());
        }
      }
      if (labelFiles.isEmpty()) {
        throw new TaxonomyLoadException(
            where, 0, 0, "no ESCO label files (occupations_<lang>.csv, skills_<lang>.csv) found");
      }
      for (String kind : List.of("occupations", "skills", "skillgroups", "iscogroups")) {
        Map<String, List<Source>> byLang = labelFiles.getOrDefault(kind, Map.of());
        List<String> langs = mainFirst(kind, byLang);
        for (int i = 0; i < langs.size(); i++) {
          for (Source s : byLang.get(langs.get(i))) {
            readLabels(kind, s, langs.get(i), i == 0);
          }
        }
      }
      Taxonomy.Builder b = Taxonomy.builder();
      for (Source s : relationFiles.getOrDefault("broaderrelationsoccpillar", List.of())) {
        readBroaderOccupations(s);
      }
      for (OccDraft d : occupations.values()) {
        b.occupation(
            new Occupation(
                d.uri,
                d.isco,
                d.kldb.isEmpty() ? Optional.empty() : Optional.of(d.kldb),
                d.labels.build(),
                d.broader.isEmpty() ? Optional.empty() : Optional.of(d.broader)));
      }
      for (SkillDraft d : skills.values()) {
        b.skill(new Skill(d.uri, d.type, d.reuse, d.labels.build()));
      }
      skillGroups.forEach((uri, l) -> b.skillGroup(uri, l.build()));
      iscoGroups.forEach((code, l) -> b.iscoGroup(code, l.build()));
      for (Source s : relationFiles.getOrDefault("occupationskillrelations", List.of())) {
        readOccupationSkills(s, b);
      }
      for (Source s : relationFiles.getOrDefault("broaderrelationsskillpillar", List.of())) {
        readBroaderSkills(s, b);
      }
      for (Source s : relationFiles.getOrDefault("skillskillrelations", List.of())) {
        readRelatedSkills(s, b);
      }
      if (relationsSkipped > 0) {
        notes.add(
            relationsSkipped
                + " of "
                + relationsRead
                + " occupation-skill relations left out: they name a concept not loaded, or repeat"
                + " one");
      }
      Collections.sort(ignored);
      return new Loaded(
          b.build(),
          new LoadReport(read, ignored, relationsRead, relationsSkipped, labelRowsSkipped, notes));
    }

    /** Languages of one kind of label file, the main one first. */
    private List<String> mainFirst(String kind, Map<String, List<Source>> byLang) {
      List<String> langs = new ArrayList<>(byLang.keySet());
      if (langs.contains("en")) {
        langs.remove("en");
        langs.add(0, "en");
        return langs;
      }
      if (langs.size() > 1) {
        // the language with the most rows defines the concepts
        Map<String, Integer> rows = new HashMap<>();
        for (String l : langs) {
          int n = 0;
          for (Source s : byLang.get(l)) {
            try (CsvTable t = s.table()) {
              while (t.next()) {
                n++;
              }
            }
          }
          rows.put(l, n);
        }
        langs.sort(
            Comparator.comparing((String l) -> rows.get(l))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
      }
      return langs;
    }

    private void readLabels(String kind, Source s, String lang, boolean main) {
      read.add(s.name());
      int skipped = 0;
      try (CsvTable t = s.table()) {
        boolean isco = kind.equals("iscogroups");
        int key = isco ? t.require("code") : t.require("conceptUri");
        int pref = t.require("preferredLabel");
        Optional<Integer> alt = t.column("altLabels");
        Optional<Integer> type = t.column("conceptType");
        switch (kind) {
          case "occupations" -> {
            Optional<Integer> iscoGroup = t.column("iscoGroup");
            Optional<Integer> kldb = t.column("kldbCode");
            while (t.next()) {
              String uri = t.required(key);
              OccDraft d = occupations.get(uri);
              if (d == null && main) {
                d = new OccDraft(uri);
                occupations.put(uri, d);
              }
              if (d == null) {
                skipped++;
                continue;
              }
              if (type.isPresent() && !t.get(type.get()).equalsIgnoreCase("Occupation")) {
                throw t.error(
                    type.get(), "conceptType \"" + t.get(type.get()) + "\" is not Occupation");
              }
              d.labels.add(lang, t.get(pref), t.get(alt));
              if (d.isco.isEmpty()) {
                d.isco = t.get(iscoGroup);
              }
              String k = t.get(kldb);
              if (!k.isEmpty()) {
                if (!KLDB.matcher(k).matches()) {
                  throw t.error(
                      kldb.get(), "kldbCode \"" + k + "\" is not a 5-digit KldB 2010 code");
                }
                if (d.kldb.isEmpty()) {
                  d.kldb = k;
                }
              }
            }
          }
          case "skills" -> {
            Optional<Integer> skillType = t.column("skillType");
            Optional<Integer> reuse = t.column("reuseLevel");
            while (t.next()) {
              String uri = t.required(key);
              SkillDraft d = skills.get(uri);
              if (d == null && main) {
                d = new SkillDraft(uri);
                skills.put(uri, d);
                d.type = skillType(t, skillType);
                d.reuse = t.get(reuse);
              }
              if (d == null) {
                skipped++;
                continue;
              }
              d.labels.add(lang, t.get(pref), t.get(alt));
            }
          }
          default -> {
            Map<String, LabelDraft> target = isco ? iscoGroups : skillGroups;
            while (t.next()) {
              String id = t.required(key);
              LabelDraft d = target.get(id);
              if (d == null && main) {
                d = new LabelDraft();
                target.put(id, d);
              }
              if (d == null) {
                skipped++;
                continue;
              }
              d.add(lang, t.get(pref), t.get(alt));
            }
          }
        }
      }
      if (skipped > 0) {
        labelRowsSkipped += skipped;
        notes.add(
            s.name()
                + ": "
                + skipped
                + " rows name concepts absent from the main language; their labels are left out");
      }
    }

    private static SkillType skillType(CsvTable t, Optional<Integer> column) {
      String v = t.get(column);
      return switch (v.toLowerCase(Locale.ROOT)) {
        case "", "skill/competence", "skill", "competence" -> SkillType.SKILL_COMPETENCE;
        case "knowledge" -> SkillType.KNOWLEDGE;
        default ->
            throw t.error(
                column.get(),
                "skillType \"" + v + "\" is neither \"skill/competence\" nor \"knowledge\"");
      };
    }

    private void readOccupationSkills(Source s, Taxonomy.Builder b) {
      read.add(s.name());
      if (occIds == null) {
        occIds = ids(occupations.keySet());
        skillIds = ids(skills.keySet());
      }
      try (CsvTable t = s.table()) {
        int occ = t.require("occupationUri");
        int rel = t.require("relationType");
        int skill = t.require("skillUri");
        while (t.next()) {
          relationsRead++;
          String o = t.required(occ);
          String k = t.required(skill);
          String type = t.get(rel);
          boolean essential;
          if (type.equalsIgnoreCase("essential")) {
            essential = true;
          } else if (type.equalsIgnoreCase("optional")) {
            essential = false;
          } else {
            throw t.error(
                rel, "relationType \"" + type + "\" is neither \"essential\" nor \"optional\"");
          }
          Integer oi = occIds.get(o);
          Integer ki = skillIds.get(k);
          if (oi == null || ki == null || !seen.add(((long) oi << 32) | ki)) {
            relationsSkipped++;
            continue;
          }
          b.relation(occupations.get(o).uri, skills.get(k).uri, essential);
        }
      }
    }

    private static Map<String, Integer> ids(Set<String> keys) {
      Map<String, Integer> m = new HashMap<>(keys.size() * 2);
      for (String k : keys) {
        m.put(k, m.size());
      }
      return m;
    }

    private void readBroaderSkills(Source s, Taxonomy.Builder b) {
      read.add(s.name());
      int skipped = 0;
      try (CsvTable t = s.table()) {
        int concept = t.require("conceptUri");
        int broader = t.require("broaderUri");
        while (t.next()) {
          String c = t.required(concept);
          String p = t.required(broader);
          if (isSkillNode(c) && isSkillNode(p)) {
            b.broaderSkill(c, p);
          } else {
            skipped++;
          }
        }
      }
      noteSkipped(s, skipped, "broader relations");
    }

    private boolean isSkillNode(String uri) {
      return skills.containsKey(uri) || skillGroups.containsKey(uri);
    }

    private void readBroaderOccupations(Source s) {
      read.add(s.name());
      int skipped = 0;
      try (CsvTable t = s.table()) {
        int concept = t.require("conceptUri");
        int broader = t.require("broaderUri");
        while (t.next()) {
          String c = t.required(concept);
          String p = t.required(broader);
          OccDraft d = occupations.get(c);
          if (d != null && occupations.containsKey(p)) {
            d.broader = occupations.get(p).uri;
          } else if (d == null && occupations.containsKey(p)) {
            skipped++;
          }
          // occupation -> ISCO group and ISCO -> ISCO rows: the codes carry that hierarchy
        }
      }
      noteSkipped(s, skipped, "broader relations");
    }

    private void readRelatedSkills(Source s, Taxonomy.Builder b) {
      read.add(s.name());
      int skipped = 0;
      try (CsvTable t = s.table()) {
        int from = t.require("originalSkillUri");
        int to = t.require("relatedSkillUri");
        while (t.next()) {
          String a = t.required(from);
          String c = t.required(to);
          if (skills.containsKey(a) && skills.containsKey(c)) {
            b.relatedSkill(skills.get(a).uri, skills.get(c).uri);
          } else {
            skipped++;
          }
        }
      }
      noteSkipped(s, skipped, "skill-skill relations");
    }

    private void noteSkipped(Source s, int skipped, String what) {
      if (skipped > 0) {
        notes.add(s.name() + ": " + skipped + " " + what + " name concepts not loaded; left out");
      }
    }
  }
}
