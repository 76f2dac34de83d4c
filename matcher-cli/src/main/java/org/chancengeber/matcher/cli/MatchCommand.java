package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher match}. */
@Command(name = "match", mixinStandardHelpOptions = true, description = "(being built)")
final class MatchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher match is being built");
  }
}
