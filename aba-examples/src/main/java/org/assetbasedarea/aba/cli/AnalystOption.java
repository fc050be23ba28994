package org.assetbasedarea.aba.cli;

import org.assetbasedarea.aba.report.ReportMode;
import picocli.CommandLine.Option;

/**
 * {@code --analyst} on the commands that write area pages ({@code report}, {@code demo}): the
 * analyst's version with raw figures and identifiers instead of the publish-safe default.
 */
final class AnalystOption {
  @Option(names = "--analyst",
      description = "the analyst's version: adds raw outcome figures and identifiers, and every"
          + " page says it is not for publication (default: a publish-safe report)")
  boolean analyst;

  ReportMode mode() {
    return analyst ? ReportMode.ANALYST : ReportMode.PUBLICATION;
  }
}
