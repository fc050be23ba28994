package org.assetbasedarea.aba.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba plan new|status}: improvement plans and 100-day challenges. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
        "Drafts a 100-day challenge from an assessment, and shows where a plan stands.",
        "A plan is an area's improvement plan or 100-day challenge: its team, the assessment it"
            + " starts from, goals (an action, a target rating, an owner, dated steps) and dated"
            + " check-ins."},
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {PlanNewCommand.class, PlanStatusCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:invalid input",
        "2:usage error, including no COMMAND"})
final class PlanCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  /** Without a subcommand: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    CommandLine commandLine = Commands.spec(spec).commandLine();
    commandLine.getErr().println("aba plan: a command is required: new or status");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** The tool, for the subcommands. */
  static Aba tool(@Nullable PlanCommand plan) {
    if (plan == null) {
      throw new IllegalStateException("not run as a subcommand of aba plan");
    }
    return Commands.tool(plan.aba);
  }
}
