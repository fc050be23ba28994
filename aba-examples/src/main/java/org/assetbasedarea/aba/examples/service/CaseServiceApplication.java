package org.assetbasedarea.aba.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The case service: an area's assessments, outcome data and plans kept as {@code jsonb} in
 * PostgreSQL and served over HTTP (docs/case-service.md). By default it starts an embedded
 * PostgreSQL of its own; with {@code spring.datasource.url} set it uses that server instead.
 *
 * <pre>{@code
 * java -jar aba-examples/target/aba-case-service.jar                 # embedded PostgreSQL, port 8080
 * java -jar aba-examples/target/aba-case-service.jar --server.port=9090 \
 *     --spring.datasource.url=jdbc:postgresql://db.example:5432/aba \
 *     --spring.datasource.username=aba --spring.datasource.password=...
 * }</pre>
 */
@SpringBootApplication(proxyBeanMethods = false)
public class CaseServiceApplication {
  /** Not instantiated by callers; Spring creates it as a configuration bean. */
  public CaseServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(CaseServiceApplication.class, args);
  }
}
