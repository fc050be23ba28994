package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import picocli.CommandLine.Option;

/**
 * {@code --framework FILE}, repeatable, on every command that reads or prints documents: local
 * frameworks (and catalogues of approaches for them) that the command then knows beside the
 * built-in ones, so a council's own variant validates, scores, plans and reports like {@code
 * aba-2020}.
 */
final class FrameworkOptions {
  @Option(names = "--framework", paramLabel = "FILE", converter = Arguments.InputFile.class,
      description = "a local framework (JSON), or a catalogue of approaches for one, to know beside"
          + " the built-in frameworks; repeatable")
  List<String> files = new ArrayList<>();

  /**
   * Reads every file and makes the tool use them, or prints every issue on standard error and
   * fails with exit code 1. Frameworks are registered before catalogues, so a catalogue may be
   * given before the framework it belongs to.
   */
  void apply(Aba tool, PrintWriter err) {
    if (files.isEmpty()) {
      return;
    }
    List<Framework> frameworks = new ArrayList<>();
    List<ApproachCatalogue> catalogues = new ArrayList<>();
    List<String> catalogueFiles = new ArrayList<>();
    int failed = 0;
    for (String file : files) {
      Loaded<Documents.Document> loaded;
      try {
        loaded = tool.documents().read(Inputs.read(file, tool.stdin()));
      } catch (UserException e) {
        err.println("--framework " + TextFormat.safe(String.valueOf(e.getMessage())));
        failed++;
        continue;
      }
      if (!loaded.isValid()) {
        Output.issues(err, file, loaded.issues());
        failed++;
        continue;
      }
      Documents.Document document = loaded.document().orElseThrow();
      if (document.kind() == Documents.Kind.FRAMEWORK) {
        frameworks.add((Framework) document.value());
      } else if (document.kind() == Documents.Kind.APPROACH_CATALOGUE) {
        catalogues.add((ApproachCatalogue) document.value());
        catalogueFiles.add(file);
      } else {
        err.println("--framework " + TextFormat.safe(file) + ": is " + document.kind().phrase()
            + ", not a framework or a catalogue of approaches");
        failed++;
      }
    }
    if (failed > 0) {
      throw new UserException(failed + (failed == 1 ? " --framework file is" : " --framework files are")
          + " not valid");
    }
    FrameworkRegistry registry = tool.scorer().getRegistry();
    for (Framework framework : frameworks) {
      if (registry.find(framework.getId()).isPresent()) {
        throw new UserException("--framework: the id '" + TextFormat.safe(framework.getId())
            + "' is taken (by a built-in framework or another --framework file); a local"
            + " variant needs an id of its own");
      }
      registry = registry.with(framework);
    }
    for (int i = 0; i < catalogues.size(); i++) {
      try {
        registry = registry.with(catalogues.get(i));
      } catch (IllegalArgumentException e) {
        throw new UserException("--framework " + TextFormat.safe(catalogueFiles.get(i)) + ": "
            + TextFormat.safe(String.valueOf(e.getMessage())));
      }
    }
    tool.useRegistry(registry);
  }
}
