package org.assetbasedarea.aba.spring;

import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.spi.ConfigurationState;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.scoring.ScoringRules;
import org.assetbasedarea.aba.validation.FrameworkConstraints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The aba beans of any Spring Boot application: a {@link FrameworkRegistry} (the built-in
 * frameworks and the local ones {@code aba.frameworks} names), an {@link AbaJson} over it with the
 * {@code aba.json.*} limits, and a {@link Scorer} over it with {@code aba-score-1}. Each yields to
 * a bean of its type that the application defines.
 *
 * <p>With Spring Boot's validation starter, the application's Jakarta Validator (the one {@code
 * @Valid} uses) checks documents against the same registry, so a document of a local framework is
 * valid there exactly when the reader accepts it.
 */
@AutoConfiguration
@ConditionalOnClass(AbaJson.class)
@EnableConfigurationProperties(AbaProperties.class)
public class AbaAutoConfiguration {
  /** Created by Spring. */
  public AbaAutoConfiguration() {}

  /**
   * @param properties the {@code aba.*} properties
   * @param resourceLoader resolves the framework locations
   * @return the built-in frameworks and the local ones
   * @throws IllegalStateException when a location matches no file, or a file is not a valid
   *     framework or repeats an id (the application does not start)
   */
  @Bean
  @ConditionalOnMissingBean
  public FrameworkRegistry abaFrameworkRegistry(AbaProperties properties,
      ResourceLoader resourceLoader) {
    return LocalFrameworks.load(properties.getFrameworks(),
        ResourcePatternUtils.getResourcePatternResolver(resourceLoader),
        properties.getJson().toReadLimits());
  }

  /**
   * @param registry the frameworks
   * @param properties the {@code aba.json.*} limits
   * @return the reader and writer of aba documents
   */
  @Bean
  @ConditionalOnMissingBean
  public AbaJson abaJson(FrameworkRegistry registry, AbaProperties properties) {
    return AbaJson.builder().registry(registry).limits(properties.getJson().toReadLimits())
        .build();
  }

  /**
   * @param registry the frameworks
   * @return a scorer over them with {@code aba-score-1}
   */
  @Bean
  @ConditionalOnMissingBean
  public Scorer abaScorer(FrameworkRegistry registry) {
    return Scorer.create(registry, ScoringRules.abaScore1());
  }

  /** The application's Jakarta Validator resolves frameworks in the registry bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ValidationConfigurationCustomizer.class)
  public static class Validation {
    /** Created by Spring. */
    public Validation() {}

    /**
     * @param registry the registry bean, looked up when the validator is built
     * @return a customizer giving the validator {@link FrameworkConstraints#validatorFactory},
     *     around the factory Spring set (which still makes every other constraint validator)
     */
    @Bean
    public ValidationConfigurationCustomizer abaValidationConfigurationCustomizer(
        ObjectProvider<FrameworkRegistry> registry) {
      return configuration -> {
        ConstraintValidatorFactory current =
            configuration instanceof ConfigurationState state
                && state.getConstraintValidatorFactory() != null
                ? state.getConstraintValidatorFactory()
                : configuration.getDefaultConstraintValidatorFactory();
        configuration.constraintValidatorFactory(
            FrameworkConstraints.validatorFactory(registry.getObject(), current));
      };
    }
  }
}
