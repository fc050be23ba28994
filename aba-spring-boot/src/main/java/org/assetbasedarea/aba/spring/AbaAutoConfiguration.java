package org.assetbasedarea.aba.spring;

import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.scoring.ScoringRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The aba beans of any Spring Boot application: a {@link FrameworkRegistry} (the built-in
 * frameworks and the local ones {@code aba.frameworks} names), an {@link AbaJson} over it with the
 * {@code aba.json.*} limits, and a {@link Scorer} with {@code aba-score-1} over the registry of
 * the {@code AbaJson} bean. Each yields to a bean of its type that the application defines.
 *
 * <p>Every Jakarta Validator Spring makes (Spring Boot's, the one Spring MVC makes for {@code
 * @Valid} when Boot's validation module is absent, a {@code LocalValidatorFactoryBean} of the
 * application's) checks the framework rules against the registry of the {@code AbaJson} bean, so
 * a document of a local framework is valid there exactly when the reader accepts it.
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
   * @param json the reader, whose registry the scorer uses: it scores whatever the reader accepts
   * @return a scorer over the reader's frameworks with {@code aba-score-1}
   */
  @Bean
  @ConditionalOnMissingBean
  public Scorer abaScorer(AbaJson json) {
    return Scorer.create(json.getRegistry(), ScoringRules.abaScore1());
  }

  /**
   * @param json the reader bean, looked up when Spring first makes a framework rule's validator
   * @return a post-processor through which every Jakarta Validator Spring makes checks the
   *     framework rules against the reader's registry
   */
  @Bean
  public static InstantiationAwareBeanPostProcessor abaFrameworkConstraintValidators(
      ObjectProvider<AbaJson> json) {
    return new FrameworkConstraintValidators(json);
  }
}
