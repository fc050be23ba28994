package org.assetbasedarea.aba.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
  /** The framework rules' validators, each made over a registry. */
  private static final Map<Class<?>, Function<FrameworkRegistry, ConstraintValidator<?, ?>>>
      RULES = Map.of(
          ConsistentAssessment.Validator.class, ConsistentAssessment.Validator::new,
          ConsistentOutcomeData.Validator.class, ConsistentOutcomeData.Validator::new,
          ConsistentPlan.Validator.class, ConsistentPlan.Validator::new);

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

  /**
   * The validator of a framework rule ({@code @ConsistentAssessment}, {@code
   * @ConsistentOutcomeData}, {@code @ConsistentPlan}) over {@code registry}, for a host that makes
   * constraint validators its own way (aba-spring-boot makes them as Spring beans).
   *
   * @param validatorClass a constraint validator class
   * @param registry the frameworks documents may name
   * @return a new validator of that class over the registry, or empty when the class is not one of
   *     the framework rules' validators (the host makes it as usual)
   */
  public static Optional<ConstraintValidator<?, ?>> ruleValidator(Class<?> validatorClass,
      FrameworkRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return Optional.ofNullable(RULES.get(validatorClass)).map(rule -> rule.apply(registry));
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
      Optional<ConstraintValidator<?, ?>> rule = ruleValidator(key, registry);
      return rule.isPresent() ? key.cast(rule.get()) : delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      if (!RULES.containsKey(instance.getClass())) {
        delegate.releaseInstance(instance);
      }
    }
  }
}
