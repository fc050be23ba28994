package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba validate INPUT...}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks assessments, outcome data, frameworks and plans against their contracts.",
        "Prints each issue on standard output as FILE:/json/pointer: message [CODE] (FILE:LINE:... in"
            + " NDJSON), and FILE: valid KIND for a valid file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input is valid",
        "1:an input has issues, or cannot be read",
        "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "JSON files, NDJSON files (*.ndjson: one assessment per line), folders"
          + " (searched for both) and - for standard input")
  List<String> inputs = List.of();

  @Option(names = "--ndjson", description = "read every file, and standard input, as NDJSON")
  boolean ndjson;

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Override
  @SuppressWarnings("ReferenceEquality") // a Source is one file read; the same path twice is two
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter out = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    frameworks.apply(tool, err);
    boolean allValid = true;
    Sources.Source lineSource = null;
    long lines = 0;
    long invalidLines = 0;
    try (InputDocuments documents = new InputDocuments(tool.documents(), tool.stdin(),
        Sources.expand(inputs, ndjson))) {
      while (documents.hasNext()) {
        InputDocuments.Item item = documents.next();
        if (lineSource != null && lineSource != item.source()) {
          summary(out, lineSource, lines, invalidLines);
          lineSource = null;
        }
        Loaded<Documents.Document> result = item.result();
        if (result == null) {
          out.flush();
          err.println("aba validate: " + TextFormat.safe(item.problemMessage()));
          allValid = false;
          continue;
        }
        if (item.source().lines()) {
          if (lineSource == null) {
            lineSource = item.source();
            lines = 0;
            invalidLines = 0;
          }
          lines++;
        }
        if (result.isValid()) {
          if (!item.source().lines()) {
            out.println(TextFormat.safe(item.where()) + ": valid "
                + result.document().orElseThrow().kind().label());
          }
        } else {
          Output.issues(out, item.where(), result.issues());
          allValid = false;
          if (item.source().lines()) {
            invalidLines++;
          }
        }
      }
      if (lineSource != null) {
        summary(out, lineSource, lines, invalidLines);
      }
    }
    out.flush();
    return allValid ? 0 : 1;
  }

  /** After an NDJSON file: {@code FILE: valid, N assessments} or how many lines are not. */
  private static void summary(PrintWriter out, Sources.Source source, long lines, long invalid) {
    if (invalid == 0) {
      out.println(TextFormat.safe(source.name()) + ": valid, " + lines
          + (lines == 1 ? " assessment" : " assessments"));
    } else {
      out.println(TextFormat.safe(source.name()) + ": " + invalid + " of " + lines
          + (lines == 1 ? " line is" : " lines are") + " not valid assessments");
    }
  }
}
