package org.assetbasedarea.aba.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import picocli.CommandLine;

/**
 * Converters of the path arguments: an empty or blank path is a usage error (exit 2) for every
 * input FILE and every output DIR, never the current directory by accident (an unset shell
 * variable, say).
 */
final class Arguments {
  private Arguments() {}

  /** An output directory ({@code --out DIR}). */
  static final class OutputDirectory implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException(
            "an empty path names no directory (to write into the current directory, give '.')");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new CommandLine.TypeConversionException("not a path: " + TextFormat.safe(e.getReason()));
      }
    }
  }

  /** An input file ({@code FILE}, {@code -} for standard input). */
  static final class InputFile implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException("an empty path names no file");
      }
      return value;
    }
  }

  /**
   * An output file ({@code --out FILE}): not empty or blank, and naming a file, not a directory
   * ({@code .}, {@code ..}, a trailing separator) nor a hidden name (a name starting with a dot:
   * the output transaction keeps those for its temporary files).
   */
  static final class OutputFile implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException("an empty path names no file");
      }
      Path path;
      try {
        path = Path.of(value);
      } catch (InvalidPathException e) {
        throw new CommandLine.TypeConversionException("not a path: " + TextFormat.safe(e.getReason()));
      }
      Path name = path.getFileName();
      if (name == null || value.endsWith("/") || value.endsWith(java.io.File.separator)
          || name.toString().equals(".") || name.toString().equals("..")) {
        throw new CommandLine.TypeConversionException("'" + TextFormat.safe(value)
            + "' names a directory, not a file");
      }
      if (name.toString().startsWith(".")) {
        throw new CommandLine.TypeConversionException("'" + TextFormat.safe(name.toString())
            + "' is a hidden name (it starts with a dot); choose a name without one");
      }
      return path;
    }
  }

  /** A day ({@code --starts}, {@code --today}): exactly {@code YYYY-MM-DD}, a real date. */
  static final class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          return LocalDate.parse(value);
        }
      } catch (DateTimeParseException e) {
        // the message below says what is wanted
      }
      throw new CommandLine.TypeConversionException("'" + TextFormat.safe(value)
          + "' is not a date: give YYYY-MM-DD, such as 2025-05-01");
    }
  }

  /** A disclosure policy ({@code --disclosure ID}): the id of a built-in policy. */
  static final class Disclosure implements CommandLine.ITypeConverter<DisclosurePolicy> {
    @Override
    public DisclosurePolicy convert(String value) {
      return DisclosurePolicy.find(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + TextFormat.safe(value) + "' is not a disclosure policy (known: "
              + String.join(", ", DisclosurePolicy.builtIn().stream()
                  .map(DisclosurePolicy::getId).toList()) + ")"));
    }
  }
}
