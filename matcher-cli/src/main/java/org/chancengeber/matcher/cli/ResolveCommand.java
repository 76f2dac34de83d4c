package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher resolve}. */
@Command(name = "resolve", mixinStandardHelpOptions = true, description = "(being built)")
final class ResolveCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher resolve is being built");
  }
}
