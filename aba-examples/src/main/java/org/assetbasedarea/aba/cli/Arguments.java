package org.assetbasedarea.aba.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
