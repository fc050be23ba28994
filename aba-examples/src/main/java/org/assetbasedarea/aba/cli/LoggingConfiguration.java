package org.assetbasedarea.aba.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.logging.LogManager;

/**
 * The tool's java.util.logging configuration: the JDK's own (the file named by {@code
 * java.util.logging.config.file}, or {@code conf/logging.properties} of the JDK), with Hibernate
 * Validator's loggers at WARNING, so that it never announces its version on standard error.
 *
 * <p>{@link Aba#main} names this class in {@code java.util.logging.config.class}, which the JDK
 * reads when java.util.logging first starts: a command that logs nothing (such as {@code aba score}
 * of a valid assessment) never pays for starting it.
 */
public final class LoggingConfiguration {
  /** The system property that names a configuration class. */
  static final String CONFIG_CLASS = "java.util.logging.config.class";
  /** Appended to the JDK's configuration. */
  static final String HIBERNATE_VALIDATOR_LEVEL = "\norg.hibernate.validator.level = WARNING\n";

  /**
   * Reads the JDK's configuration with Hibernate Validator's level added; java.util.logging calls
   * this.
   *
   * @throws IOException when the configuration cannot be read
   */
  public LoggingConfiguration() throws IOException {
    ByteArrayOutputStream properties = new ByteArrayOutputStream();
    Path file = configurationFile();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        in.transferTo(properties);
      }
    }
    properties.write(HIBERNATE_VALIDATOR_LEVEL.getBytes(StandardCharsets.ISO_8859_1));
    LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(properties.toByteArray()));
  }

  /** The file the JDK reads without a configuration class. */
  static Path configurationFile() {
    String named = System.getProperty("java.util.logging.config.file");
    return named != null ? Paths.get(named)
        : Paths.get(System.getProperty("java.home"), "conf", "logging.properties");
  }
}
