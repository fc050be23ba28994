package org.assetbasedarea.aba.cli;

import java.util.Iterator;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba schema NAME}. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints a published JSON Schema (draft 2020-12).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error, including an unknown NAME"})
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
      description = "one of: ${COMPLETION-CANDIDATES}")
  String name = "";

  @Override
  public Integer call() {
    CommandLine commandLine = Commands.spec(spec).commandLine();
    if (!Documents.SCHEMA_NAMES.contains(name)) {
      throw new CommandLine.ParameterException(commandLine, "unknown schema '" + TextFormat.safe(name)
          + "'; the schemas are: " + String.join(", ", Documents.SCHEMA_NAMES));
    }
    String schema = Commands.tool(aba).documents().schema(name);
    commandLine.getOut().print(schema.stripTrailing() + "\n");
    return 0;
  }

  /** The schema names, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Documents.SCHEMA_NAMES.iterator();
    }
  }
}
