package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher explain}. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "(being built)")
final class ExplainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher explain is being built");
  }
}
