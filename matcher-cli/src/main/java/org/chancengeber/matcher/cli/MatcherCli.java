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
package org.chancengeber.matcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matcher} command: subcommands over the core library, no logic of its own. */
@Command(
    name = "matcher",
    mixinStandardHelpOptions = true,
    versionProvider = MatcherCli.Version.class,
    description = "Matches people with jobs, apprenticeships, EQ, TQ and practical trials.",
    subcommands = {
      DemoCommand.class,
      MatchCommand.class,
      IndexCommand.class,
      CandidatesCommand.class,
      AssignCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      ValidateCommand.class,
      ResolveCommand.class,
      GenerateCommand.class
    })
public final class MatcherCli implements Runnable {

  /** Exit codes of every subcommand (PRODUCT.md). */
  public static final int OK = 0;

  /** Some input lines were rejected; the rest were processed. */
  public static final int SOME_REJECTED = 1;

  /** A usage error, or an output path that is refused. */
  public static final int USAGE = 2;

  /** Nothing could be processed, or an output could not be written. */
  public static final int NOTHING_PROCESSED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The top command; picocli fills in {@link #spec}. */
  public MatcherCli() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Runs the command line and returns the exit code; used by {@link #main} and by tests.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new MatcherCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.time.LocalDate.class, MatcherCli::date);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (debug) {
            e.printStackTrace(err);
          }
          if (e instanceof CommandLine.ParameterException pe) {
            throw pe;
          }
          err.println("matcher " + commandLine.getCommandName() + ": " + describe(e));
          err.flush();
          return e instanceof CliException ce ? ce.exitCode() : NOTHING_PROCESSED;
        });
    int code = cl.execute(args);
    // no false success: output cut short by a closed pipe or a full disk is a failure
    out.flush();
    if (out.checkError() && code != NOTHING_PROCESSED && code != USAGE) {
      err.println("matcher: " + stdoutFailure());
      err.flush();
      return NOTHING_PROCESSED;
    }
    return code;
  }

  /**
   * A date option ({@code --today}): ISO {@code YYYY-MM-DD}, with a message a person can act on.
   */
  static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    }
  }

  /** Standard output as {@link #main} opens it: its first write error is kept for the message. */
  private static volatile Stdout stdout;

  /** Why standard output failed, for the message. */
  static String stdoutFailure() {
    Stdout s = stdout;
    IOException e = s == null ? null : s.failure;
    return "standard output: cannot write"
        + (e == null
            ? " (a closed pipe or a full disk)"
            : ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
  }

  /**
   * File descriptor 1 without {@link java.io.PrintStream}, which would swallow write errors: the
   * {@link PrintWriter} over it sees them ({@code checkError}), and the first is kept here.
   */
  private static final class Stdout extends java.io.FilterOutputStream {
    private volatile IOException failure;

    Stdout() {
      super(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }
  }

  /** The one line a person sees for an error; internal errors point at --debug. */
  static String describe(Exception e) {
    if (e instanceof CliException
        || e instanceof org.chancengeber.matcher.io.InputFileException
        || e instanceof org.chancengeber.matcher.index.IndexFolderException) {
      return e.getMessage();
    }
    if (e instanceof org.chancengeber.matcher.taxonomy.TaxonomyLoadException) {
      return "cannot load the taxonomy: " + e.getMessage();
    }
    Throwable t = e;
    while (t.getCause() != null
        && (t instanceof java.io.UncheckedIOException || t.getMessage() == null)) {
      t = t.getCause();
    }
    if (t instanceof java.io.IOException) {
      return t.getMessage() + " (" + t.getClass().getSimpleName() + ")";
    }
    String msg = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    return "internal error: " + msg + " (run with --debug for details)";
  }

  /** Lucene's notice that the incubating Vector API is not enabled is not for our users. */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    stdout = new Stdout();
    PrintWriter out =
        new PrintWriter(
            new java.io.BufferedOutputStream(stdout, 1 << 16),
            true,
            java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = MatcherCli.class.getPackage().getImplementationVersion();
      return new String[] {"matcher " + (v == null ? "dev" : v)};
    }
  }
}
