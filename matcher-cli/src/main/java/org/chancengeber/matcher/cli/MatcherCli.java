package org.chancengeber.matcher.cli;

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

  public static final int SOME_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int NOTHING_PROCESSED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and returns the exit code; used by {@link #main} and by tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new MatcherCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
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
    return cl.execute(args);
  }

  /** The one line a person sees for an error; internal errors point at --debug. */
  static String describe(Exception e) {
    if (e instanceof CliException || e instanceof org.chancengeber.matcher.io.InputFileException) {
      return e.getMessage();
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

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
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
