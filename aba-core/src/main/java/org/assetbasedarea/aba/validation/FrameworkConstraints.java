package org.assetbasedarea.aba.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;
import org.assetbasedarea.aba.assessment.ConsistentAssessment;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.plan.ConsistentPlan;

/**
 * Makes any Jakarta Validator check documents against a registry of frameworks, local ones
 * included.
 *
 * <p>A default-configured validator checks the framework rules ({@code @ConsistentAssessment},
 * {@code @ConsistentOutcomeData}, {@code @ConsistentPlan}) against the built-in frameworks only, so
 * an assessment of a council's own framework is refused with {@code UNKNOWN_FRAMEWORK}. Give the
 * validator this factory and it resolves frameworks in the registry, as {@link AbaValidator} and
 * the JSON reader over the same registry do:
 *
 * <pre>{@code
 * Configuration<?> configuration = Validation.byDefaultProvider().configure();
 * Validator validator = configuration
 *     .constraintValidatorFactory(FrameworkConstraints.validatorFactory(registry,
 *         configuration.getDefaultConstraintValidatorFactory()))
 *     .buildValidatorFactory().getValidator();
 * }</pre>
 *
 * <p>In a Spring Boot application, aba-spring-boot does the same for every validator Spring
 * builds; a validator built outside Spring needs this factory.
 */
public final class FrameworkConstraints {
  private FrameworkConstraints() {}

  /**
   * A factory that makes the framework rules' validators over {@code registry} and leaves every
   * other constraint validator to {@code delegate}.
   *
   * @param registry the frameworks documents may name
   * @param delegate the factory for every other constraint validator (the validator's default, or
   *     the host's own, such as Spring's)
   * @return the factory
   */
  public static ConstraintValidatorFactory validatorFactory(FrameworkRegistry registry,
      ConstraintValidatorFactory delegate) {
    return new Factory(Objects.requireNonNull(registry, "registry"),
        Objects.requireNonNull(delegate, "delegate"));
  }

  private static final class Factory implements ConstraintValidatorFactory {
    private final FrameworkRegistry registry;
    private final ConstraintValidatorFactory delegate;

    Factory(FrameworkRegistry registry, ConstraintValidatorFactory delegate) {
      this.registry = registry;
      this.delegate = delegate;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == ConsistentAssessment.Validator.class) {
        return key.cast(new ConsistentAssessment.Validator(registry));
      }
      if (key == ConsistentOutcomeData.Validator.class) {
        return key.cast(new ConsistentOutcomeData.Validator(registry));
      }
      if (key == ConsistentPlan.Validator.class) {
        return key.cast(new ConsistentPlan.Validator(registry));
      }
      return delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      if (!(instance instanceof ConsistentAssessment.Validator
          || instance instanceof ConsistentOutcomeData.Validator
          || instance instanceof ConsistentPlan.Validator)) {
        delegate.releaseInstance(instance);
      }
    }
  }
}
