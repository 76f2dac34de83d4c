package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher candidates}. */
@Command(name = "candidates", mixinStandardHelpOptions = true, description = "(being built)")
final class CandidatesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher candidates is being built");
  }
}
