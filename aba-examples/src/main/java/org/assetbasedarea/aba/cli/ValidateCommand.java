package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba validate FILE...}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks assessments, outcome data, frameworks and plans against their contracts.",
        "Prints each issue on standard output as FILE:/json/pointer: message [CODE], and FILE: valid"
            + " KIND for a valid file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file is valid",
        "1:a file has issues, or cannot be read",
        "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", converter = Arguments.InputFile.class,
      description = "JSON files to check; - reads standard input")
  List<String> files = List.of();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter out = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    boolean allValid = true;
    for (String file : files) {
      byte[] bytes;
      try {
        bytes = Inputs.read(file, tool.stdin());
      } catch (UserException e) {
        out.flush();
        err.println("aba validate: " + TextFormat.safe(String.valueOf(e.getMessage())));
        allValid = false;
        continue;
      }
      Loaded<Documents.Document> loaded = tool.documents().read(bytes);
      if (loaded.isValid()) {
        out.println(TextFormat.safe(file) + ": valid " + loaded.document().orElseThrow().kind().label());
      } else {
        Output.issues(out, file, loaded.issues());
        allValid = false;
      }
    }
    out.flush();
    return allValid ? 0 : 1;
  }
}
