package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba framework [ID] [--approaches] [--format text|json]}. */
@Command(
    name = "framework",
    mixinStandardHelpOptions = true,
    description = "Prints a framework (built in, or a local one given with --framework): its"
        + " groupings, actions, outcomes and indicators; or with --approaches its catalogue of"
        + " community approaches.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed",
        "1:no framework has that id, or it has no catalogue of approaches",
        "2:usage error"})
final class FrameworkCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", defaultValue = Frameworks.ABA_2020_ID,
      description = "the framework id (default: ${DEFAULT-VALUE})")
  String id = Frameworks.ABA_2020_ID;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json (the framework contract)")
  Format format = Format.text;

  @Option(names = "--approaches",
      description = "print the framework's catalogue of community approaches instead (json: the"
          + " approach-catalogue contract)")
  boolean approaches;

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter out = Commands.spec(spec).commandLine().getOut();
    frameworks.apply(tool, Commands.spec(spec).commandLine().getErr());
    Framework framework = tool.scorer().getRegistry().find(id).orElseThrow(() -> {
      List<String> known = new ArrayList<>();
      for (Framework f : tool.scorer().getRegistry().all()) {
        known.add(f.getId());
      }
      return new UserException("no framework has the id '" + TextFormat.safe(id)
          + "' (known: " + String.join(", ", known) + ")");
    });
    if (approaches) {
      ApproachCatalogue catalogue = tool.scorer().getRegistry().findCatalogue(framework.getId())
          .orElseThrow(() -> new UserException("framework '" + framework.getId()
              + "' has no catalogue of approaches"));
      out.print(format == Format.json ? tool.documents().writePretty(catalogue) + "\n"
          : TextFormat.approaches(catalogue));
      return 0;
    }
    if (format == Format.json) {
      out.println(tool.documents().writePretty(framework));
    } else {
      out.print(TextFormat.framework(framework));
    }
    return 0;
  }
}
