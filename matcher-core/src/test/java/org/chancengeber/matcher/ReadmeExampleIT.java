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
package org.chancengeber.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code matcher-core} jar as a user gets it: its module descriptor exports only the API
 * packages, and README.md's embedding example (taken from the README itself) compiles against the
 * jar and its runtime dependencies alone and runs, on the class path and on the module path, with
 * the JVM flags the README gives. Runs after {@code package} (failsafe), with the jar and the
 * dependency list from the build ({@code matcher.jar}, {@code matcher.classpath}).
 */
final class ReadmeExampleIT {
  private static final Set<String> API =
      Set.of(
          "org.chancengeber.matcher",
          "org.chancengeber.matcher.io",
          "org.chancengeber.matcher.model",
          "org.chancengeber.matcher.pathway",
          "org.chancengeber.matcher.placement",
          "org.chancengeber.matcher.profile",
          "org.chancengeber.matcher.report",
          "org.chancengeber.matcher.rules",
          "org.chancengeber.matcher.taxonomy");

  private static final Path JAR = Path.of(System.getProperty("matcher.jar"));
  private static final Path ROOT = Path.of(System.getProperty("matcher.root"));
  private static final Path SAMPLES =
      ROOT.resolve("data-samples/src/main/resources/org/chancengeber/matcher/samples");

  @Test
  void describeModule_exportsOnlyTheApiPackages() {
    String out = tool("jar", "--describe-module", "--file", JAR.toString());

    assertThat(out).startsWith("org.chancengeber.matcher@");
    assertThat(lines(out, "exports ")).isEqualTo(new TreeSet<>(API));
    assertThat(lines(out, "qualified exports ")).isEmpty();
    assertThat(lines(out, "contains "))
        .contains("org.chancengeber.matcher.index", "org.chancengeber.matcher.scoring");
    assertThat(lines(out, "requires "))
        .contains(
            "com.fasterxml.jackson.databind transitive",
            "com.google.common",
            "org.apache.lucene.core",
            "org.apache.lucene.analysis.common");
  }

  @Test
  void bom_hasTheParentsVersionAndTheLibraryModules() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("matcher-bom/pom.xml"));
    Pattern version =
        Pattern.compile(
            "<artifactId>(chancengeber-parent|matcher-bom)</artifactId>\\s*<version>([^<]+)</version>");
    Matcher p = version.matcher(parent);
    Matcher b = version.matcher(bom);
    assertThat(p.find()).isTrue();
    assertThat(b.find()).isTrue();
    assertThat(b.group(2)).isEqualTo(p.group(2));
    assertThat(JAR.getFileName().toString()).isEqualTo("matcher-core-" + p.group(2) + ".jar");
    assertThat(bom)
        .contains(
            "<artifactId>matcher-core</artifactId>",
            "<artifactId>data-samples</artifactId>",
            "<artifactId>matcher-cli</artifactId>")
        .doesNotContain("<parent>");
  }

  @Test
  void readmeExample_compilesAndRunsOnTheClassPath(@TempDir Path dir) throws Exception {
    Path classes = compile(dir, false);

    Run run =
        java(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            classes + File.pathSeparator + libraries(),
            "org.example.matching.Example");

    assertRan(run);
  }

  @Test
  void readmeExample_compilesAndRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    Path classes = compile(dir, true);

    Run run =
        java(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=org.apache.lucene.core",
            "--module-path",
            classes + File.pathSeparator + libraries(),
            "-m",
            "org.example.matching/org.example.matching.Example");

    assertRan(run);
  }

  /** Compiles the README's example (as a module with its module-info) without any warning. */
  private static Path compile(Path dir, boolean module) throws IOException {
    Path src = writeExample(dir, module);
    Path classes = dir.resolve("classes");
    List<String> args =
        new ArrayList<>(
            List.of("--release", "21", "-Xlint:all", "-Werror", "-d", classes.toString()));
    args.addAll(List.of(module ? "--module-path" : "-cp", libraries()));
    if (module) {
      args.add(dir.resolve("src/module-info.java").toString());
    }
    args.add(src.toString());
    tool("javac", args.toArray(String[]::new));
    return classes;
  }

  /** The matcher-core jar and its runtime dependencies, as a path. */
  private static String libraries() throws IOException {
    return JAR + File.pathSeparator + String.join(File.pathSeparator, dependencies());
  }

  private static void assertRan(Run run) {
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> printed = run.out().lines().toList();
    assertThat(printed.get(0)).matches("v-\\S+ 0\\.\\d+ (READY_NOW|REACHABLE) \\d+");
    // a Duldung: jobs need a work permit first, and the step says so in German
    assertThat(printed).anyMatch(l -> l.startsWith("  Beschäftigungserlaubnis beantragen"));
    assertThat(printed).anyMatch(l -> l.contains(" = score = fit "));
    assertThat(printed).anyMatch(l -> l.matches("v-\\S+: \\[.+\\]"));
    // with the README's flags Lucene neither warns about the vector module nor native access
    assertThat(run.err()).doesNotContain("vector incubator module is not readable");
    assertThat(run.err()).doesNotContain("restricted method");
  }

  /** The README's java block of "## Embedding", as src/org/example/matching/Example.java. */
  private static Path writeExample(Path dir, boolean module) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int section = readme.indexOf("\n## Embedding\n");
    assertThat(section).as("README has a section '## Embedding'").isPositive();
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find(section)).as("a java block in '## Embedding'").isTrue();
    String code = block.group(1);
    assertThat(code).startsWith("package org.example.matching;");
    assertThat(code).doesNotContain("samples");

    Path pkg = Files.createDirectories(dir.resolve("src/org/example/matching"));
    Path src = Files.writeString(pkg.resolve("Example.java"), code);
    if (module) {
      Files.writeString(
          dir.resolve("src/module-info.java"),
          "module org.example.matching {\n  requires org.chancengeber.matcher;\n}\n");
    }
    return src;
  }

  private static List<String> dependencies() throws IOException {
    String cp = Files.readString(Path.of(System.getProperty("matcher.classpath"))).strip();
    return Arrays.asList(cp.split(Pattern.quote(File.pathSeparator)));
  }

  private static Set<String> lines(String out, String prefix) {
    return out.lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String tool(String name, String... args) {
    ToolProvider tool = ToolProvider.findFirst(name).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      exit = tool.run(ps, ps, args);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(name + " " + String.join(" ", args) + "\n" + text).isZero();
    return text;
  }

  private record Run(int exit, String out, String err) {}

  private static Run java(String... options) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx512m", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
    cmd.addAll(List.of(options));
    cmd.add(SAMPLES.resolve("taxonomy").toString());
    cmd.add(SAMPLES.resolve("vacancies.jsonl").toString());
    Path out = Files.createTempFile("example", ".out");
    Path err = Files.createTempFile("example", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("the example did not end within 5 minutes");
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
