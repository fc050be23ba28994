package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether standard error, where the progress bar is drawn, is a terminal. Java has no API for it:
 * {@code System.console()} is about standard input and output (and from Java 22 may exist when
 * they are redirected; {@code Console.isTerminal()} still asks about them, not standard error).
 *
 * <p>On Linux, {@code /proc/self/fd/2} is a link naming what standard error is open on: a
 * terminal is {@code /dev/pts/N}, {@code /dev/ttyX} or {@code /dev/console}; a file, a pipe
 * ({@code pipe:[N]}) or {@code /dev/null} is not. Where there is no such link (macOS, Windows),
 * the answer falls back to the console's, a guess from standard input and output; {@code
 * --progress} and {@code --no-progress} decide where the guess is wrong.
 */
final class Terminals {
  static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminals() {}

  /** Whether standard error is a terminal, as well as this platform lets the tool tell. */
  static boolean stderrIsTerminal() {
    return stderrIsTerminal(STDERR_LINK);
  }

  static boolean stderrIsTerminal(Path fdLink) {
    return linkNamesTerminal(fdLink).orElseGet(Terminals::consoleIsTerminal);
  }

  /**
   * What a {@code /proc/self/fd/N} link says: whether it names a terminal device, or empty when it
   * is not a readable link (no {@code /proc} here).
   */
  static Optional<Boolean> linkNamesTerminal(Path fdLink) {
    String target;
    try {
      target = Files.readSymbolicLink(fdLink).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
    return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
        || target.equals("/dev/console"));
  }

  /**
   * The fallback: {@code System.console()} exists (before Java 22: standard input and output are
   * a terminal) and, from Java 22 on, {@code Console.isTerminal()}.
   */
  @SuppressWarnings("SystemConsoleNull") // null means no terminal before Java 22; isTerminal() after
  static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
