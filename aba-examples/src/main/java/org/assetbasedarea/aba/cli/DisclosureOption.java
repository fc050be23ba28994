package org.assetbasedarea.aba.cli;

import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import picocli.CommandLine.Option;

/**
 * {@code --disclosure POLICY} on every command that publishes outcome figures ({@code report},
 * {@code demo}, {@code network}, {@code export}): one option, one default, one description.
 */
final class DisclosureOption {
  @Option(names = "--disclosure", paramLabel = "POLICY", defaultValue = "ascof",
      converter = Arguments.Disclosure.class,
      description = "the disclosure policy of published outcome figures: ascof (default) or"
          + " nhs-small-numbers")
  DisclosurePolicy policy = DisclosurePolicy.ASCOF;
}
