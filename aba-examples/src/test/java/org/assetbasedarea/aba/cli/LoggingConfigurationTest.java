package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tool's java.util.logging configuration is the JDK's own with Hibernate Validator at WARNING,
 * and {@link Aba#main} installs it without starting java.util.logging.
 */
class LoggingConfigurationTest {
  @AfterEach
  void restoreTheJdkConfiguration() throws IOException {
    LogManager.getLogManager().readConfiguration();
  }

  @Test
  void theJdksConfiguration_withHibernateValidatorAtWarning() throws IOException {
    Properties jdk = new Properties();
    try (InputStream in = Files.newInputStream(LoggingConfiguration.configurationFile())) {
      jdk.load(in);
    }
    assertThat(jdk.getProperty("handlers")).isNotBlank();

    new LoggingConfiguration();

    LogManager manager = LogManager.getLogManager();
    for (String name : jdk.stringPropertyNames()) {
      assertThat(manager.getProperty(name)).as(name).isEqualTo(jdk.getProperty(name));
    }
    Logger validator = Logger.getLogger("org.hibernate.validator");
    assertThat(validator.getLevel()).isEqualTo(Level.WARNING);
    Logger version = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertThat(version.isLoggable(Level.INFO)).isFalse();
    assertThat(version.isLoggable(Level.WARNING)).isTrue();
    assertThat(Logger.getLogger("org.assetbasedarea.other").isLoggable(Level.INFO)).isTrue();
  }

  @Test
  void main_namesTheConfigurationClass_unlessOneIsSet() {
    String before = System.getProperty(LoggingConfiguration.CONFIG_CLASS);
    try {
      System.clearProperty(LoggingConfiguration.CONFIG_CLASS);
      Aba.quietHibernateValidator();
      assertThat(System.getProperty(LoggingConfiguration.CONFIG_CLASS))
          .isEqualTo(LoggingConfiguration.class.getName());

      System.setProperty(LoggingConfiguration.CONFIG_CLASS, "com.example.Theirs");
      Logger.getLogger("org.hibernate.validator").setLevel(null);
      Aba.quietHibernateValidator();
      assertThat(System.getProperty(LoggingConfiguration.CONFIG_CLASS)).isEqualTo("com.example.Theirs");
      assertThat(Logger.getLogger("org.hibernate.validator").getLevel()).isEqualTo(Level.WARNING);
    } finally {
      if (before == null) {
        System.clearProperty(LoggingConfiguration.CONFIG_CLASS);
      } else {
        System.setProperty(LoggingConfiguration.CONFIG_CLASS, before);
      }
    }
  }
}
