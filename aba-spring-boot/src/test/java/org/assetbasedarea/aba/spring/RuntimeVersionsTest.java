package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.PackageVersion;

/**
 * The test runs have the versions they claim: ours in the default run, Spring Boot's managed ones
 * in the boot-managed-versions run (see the pom), so the other tests' results hold for both.
 */
class RuntimeVersionsTest {
  @Test
  void jackson_isTheVersionThisRunIsFor() {
    String expected = System.getProperty("aba.test.jackson.version");
    assertThat(expected).isNotBlank();
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
  }

  @Test
  void hibernateValidator_isTheVersionThisRunIsFor() {
    String expected = System.getProperty("aba.test.hibernate-validator.version");
    assertThat(expected).isNotBlank();
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo(expected);
  }
}
