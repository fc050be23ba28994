package org.assetbasedarea.aba.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code aba} command-line tool. Exit codes: 0 success, 1 invalid input (a document with
 * issues, a missing or unreadable file, reports that cannot be compared), 2 usage error, 70 an
 * internal error (a bug: reported with its stack trace).
 *
 * <pre>{@code
 * java -jar aba.jar demo --out aba-report
 * java -jar aba.jar validate assessment.json
 * java -jar aba.jar score assessment.json --format json
 * }</pre>
 */
@Command(
    name = "aba",
    mixinStandardHelpOptions = true,
    versionProvider = Aba.Version.class,
    description = "Validate, score, compare and report Asset-Based Area self-assessments, and draft"
        + " and follow improvement plans and 100-day challenges.",
    synopsisSubcommandLabel = "COMMAND",
    // the subcommands are added in COMMANDS' order by commandLine, not listed here: see there
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  invalid input: a document with issues, a missing or unreadable file,",
        "     assessments that cannot be compared",
        "  2  usage error",
        " 70  internal error (a bug; please report it with the stack trace)"})
public final class Aba implements Callable<Integer> {
  /** Exit code of an internal error: a bug in the tool (sysexits' EX_SOFTWARE). */
  static final int INTERNAL_ERROR = 70;

  private final InputStream stdin;
  private final boolean terminal;
  private final Supplier<Documents> documentsFactory;
  private final Supplier<Scorer> scorerFactory;
  /**
   * The test's clock; null: the system clock in the default zone, made when asked for (the zone's
   * rules are read from the JDK's time-zone database).
   */
  private final @Nullable Clock clock;
  private @Nullable Documents documents;
  private @Nullable Scorer scorer;
  private @Nullable OutputStream stdout;

  @Spec
  @Nullable CommandSpec spec;

  Aba(InputStream stdin, boolean terminal, Supplier<Documents> documents) {
    this(stdin, terminal, documents, Scorer::standard, null);
  }

  /**
   * A tool with its own scorer (whose registry resolves frameworks: a test gives one whose
   * framework describes its levels; asked for only by the commands that score) and clock (today's
   * date for {@code plan status}).
   */
  Aba(InputStream stdin, boolean terminal, Supplier<Documents> documents, Supplier<Scorer> scorer,
      @Nullable Clock clock) {
    this.stdin = stdin;
    this.terminal = terminal;
    this.documentsFactory = documents;
    this.scorerFactory = scorer;
    this.clock = clock;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO through java.util.logging: not for users.
    quietHibernateValidator();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(new Aba(System.in, Terminals.stderrIsTerminal(), JsonDocuments::new)
        .withStdout(System.out), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The subcommands' names, in the order {@code aba --help} lists them; {@link #command} makes
   * each. {@code help} is picocli's help command.
   */
  static final List<String> COMMANDS = List.of("validate", "score", "compare", "report", "network",
      "export", "framework", "schema", "plan", "demo", "help");

  /** A new instance of the subcommand of this name (one of {@link #COMMANDS}). */
  static Object command(String name) {
    switch (name) {
      case "validate": return new ValidateCommand();
      case "score": return new ScoreCommand();
      case "compare": return new CompareCommand();
      case "report": return new ReportCommand();
      case "network": return new NetworkCommand();
      case "export": return new ExportCommand();
      case "framework": return new FrameworkCommand();
      case "schema": return new SchemaCommand();
      case "plan": return new PlanCommand();
      case "demo": return new DemoCommand();
      case "help": return new CommandLine.HelpCommand();
      default: throw new IllegalArgumentException("no command " + name);
    }
  }

  /**
   * The command line for these arguments. picocli builds a command's model by reflection over its
   * class (options, parameters, mixins, usage texts), which for every subcommand is a good part of
   * a cold start; so when the first argument names a subcommand, only that one is added: picocli
   * then parses every further argument inside it, and its help, errors and exit codes need nothing
   * from the others. Anything else ({@code --help}, {@code help score}, an unknown command, no
   * command) gets every subcommand, in {@link #COMMANDS}' order.
   */
  static CommandLine commandLine(Aba aba, String... args) {
    CommandLine cli = new CommandLine(aba);
    String first = args.length == 0 ? "" : args[0];
    if (!first.equals("help") && COMMANDS.contains(first)) {
      cli.addSubcommand(command(first));
    } else {
      for (String name : COMMANDS) {
        cli.addSubcommand(command(name));
      }
    }
    return cli;
  }

  /** Held so that the level set by {@link #quietHibernateValidator} stays with the logger. */
  private static @Nullable Logger hibernateValidatorLog;

  /**
   * Sets Hibernate Validator's loggers to WARNING. Starting java.util.logging costs a cold start
   * tens of milliseconds, and most commands never log, so this is left to {@link
   * LoggingConfiguration}, which java.util.logging runs when it starts; unless a configuration class
   * is set already: then the level is set at once, as the tool always did.
   */
  static void quietHibernateValidator() {
    if (System.getProperty(LoggingConfiguration.CONFIG_CLASS) == null) {
      System.setProperty(LoggingConfiguration.CONFIG_CLASS, LoggingConfiguration.class.getName());
    } else {
      hibernateValidatorLog = Logger.getLogger("org.hibernate.validator");
      hibernateValidatorLog.setLevel(Level.WARNING);
    }
  }

  /**
   * Gives the tool the byte stream its standard output writer writes to, so that commands writing
   * many lines ({@code score --ndjson}) write bytes to it directly.
   */
  Aba withStdout(OutputStream stream) {
    this.stdout = stream;
    return this;
  }

  /**
   * Standard output as bytes, for lines already encoded as UTF-8: the stream given by {@link
   * #withStdout} behind a 64 KiB buffer ({@code out}, which writes to the same stream, is flushed
   * first; nothing may be written through {@code out} until this is flushed), or without one
   * (in-process), each write decoded onto {@code out}; give it whole characters. Like {@code out}
   * it never throws: a stream that cannot be written is noted in {@link PrintStream#checkError()}.
   */
  PrintStream stdoutBytes(PrintWriter out) {
    OutputStream stream = stdout;
    if (stream != null) {
      out.flush();
      return new PrintStream(new BufferedOutputStream(stream, 1 << 16), false, StandardCharsets.UTF_8);
    }
    return new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        out.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
      }

      @Override
      public void flush() {
        out.flush();
      }
    }, false, StandardCharsets.UTF_8);
  }

  /**
   * Runs the tool in-process as {@link #main} does, on these streams instead of the process's
   * (for benchmarks): standard error is taken as not a terminal.
   *
   * @param stdin standard input
   * @param stdout standard output (flushed, not closed)
   * @param stderr standard error (flushed, not closed)
   * @param args the command line
   * @return the exit code
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    return execute(new Aba(stdin, false, JsonDocuments::new).withStdout(stdout), out, err, args);
  }

  /** Runs the tool in-process with the given streams; returns the exit code. */
  static int execute(Aba aba, PrintWriter out, PrintWriter err, String... args) {
    if (ScoreCommand.isPlain(args)) {
      return scoreWithoutPicocli(aba, out, err, args[1]);
    }
    return execute(commandLine(aba, args), out, err, args);
  }

  /**
   * {@code aba score FILE}, the commonest command, run as picocli would run it (the same command
   * object with the values picocli would bind, the same handling of its exceptions) without
   * loading picocli: its classes and its reflection over the command are a third of a cold start.
   * {@link ScoreCommand#isPlain} admits only arguments picocli could read in one way.
   */
  static int scoreWithoutPicocli(Aba aba, PrintWriter out, PrintWriter err, String file) {
    ScoreCommand score = new ScoreCommand();
    score.inputs.add(file);
    int code;
    try {
      code = score.run(aba, out, err);
    } catch (Exception e) {
      code = executionError(e, "aba score", out, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Runs this command line (of an {@link Aba}) with the given streams; returns the exit code. */
  static int execute(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Aba::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> executionError(e, name(commandLine), out, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A command's exception: a {@link UserException} is the user's (its message, exit code 1),
   * anything else a bug (its stack trace, exit code 70).
   */
  private static int executionError(Exception e, String command, PrintWriter out, PrintWriter err) {
    out.flush();
    if (e instanceof UserException) {
      err.println(command + ": " + TextFormat.safe(String.valueOf(e.getMessage())));
      err.flush();
      return 1;
    }
    err.println(command + ": internal error: " + TextFormat.safe(e.toString()));
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String[] lines = trace.toString().split("\\R");
    for (int i = e.toString().split("\\R", -1).length; i < lines.length; i++) { // e.toString() is above
      // each line made safe on its own (an exception's message may quote a document); frames keep their tab
      err.println(lines[i].startsWith("\t") ? "\t" + TextFormat.safe(lines[i].substring(1)) : TextFormat.safe(lines[i]));
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  /** The command's full name for messages, such as {@code aba score} or {@code aba plan new}. */
  static String name(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }

  /**
   * picocli's usage error, as its default handler prints it (the message, then suggestions or the
   * usage), but with the message made safe: it quotes the arguments as given.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(TextFormat.safe(String.valueOf(e.getMessage())));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      commandLine.usage(err);
    }
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Without a command: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    CommandLine commandLine = spec().commandLine();
    commandLine.getErr().println("aba: a command is required");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("not run by picocli");
    }
    return spec;
  }

  /** The JSON reader and writer, built on first use: commands that need none never pay for it. */
  Documents documents() {
    if (documents == null) {
      documents = documentsFactory.get();
    }
    return documents;
  }

  /** The scorer, built on first use; its registry is the one every command works with. */
  Scorer scorer() {
    if (scorer == null) {
      scorer = scorerFactory.get();
    }
    return scorer;
  }

  /**
   * Makes the reader and the scorer know these frameworks ({@code --framework}): the reader
   * validates documents against them, the scorer scores them.
   */
  void useRegistry(FrameworkRegistry registry) {
    scorer = Scorer.create(registry, scorer().getRules());
    documents = documents().with(registry);
  }

  /** Today's date, in the system's time zone. */
  LocalDate today() {
    return LocalDate.now(clock != null ? clock : Clock.system(ZoneId.systemDefault()));
  }

  InputStream stdin() {
    return stdin;
  }

  /** Whether standard error is a terminal ({@link Terminals}; a parameter, so tests can say). */
  boolean isTerminal() {
    return terminal;
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Aba.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
          "aba " + properties.getProperty("version", "unknown"),
          "frameworks: aba-2020; rules: aba-score-1; JSON schemaVersion 1"};
    }
  }
}
