package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.ConsistentAssessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.plan.ConsistentPlan;
import org.junit.jupiter.api.Test;

/**
 * A plain Jakarta Validator given {@link FrameworkConstraints#validatorFactory} checks documents
 * against the registry, local frameworks included, at the same paths as {@link AbaValidator} over
 * that registry, and leaves every other constraint validator to the host's factory.
 */
class FrameworkConstraintsTest {
  private static final FrameworkRegistry REGISTRY =
      FrameworkRegistry.builtIn().with(AbaValidatorTest.localVariant());

  private static ValidatorFactory factoryOver(FrameworkRegistry registry,
      List<Class<?>> delegated) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    ConstraintValidatorFactory host = configuration.getDefaultConstraintValidatorFactory();
    ConstraintValidatorFactory recording = new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        delegated.add(key);
        return host.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        host.releaseInstance(instance);
      }
    };
    return configuration
        .constraintValidatorFactory(FrameworkConstraints.validatorFactory(registry, recording))
        .buildValidatorFactory();
  }

  private static List<String> paths(Validator validator, Assessment assessment) {
    List<String> paths = new ArrayList<>();
    for (ConstraintViolation<Assessment> violation : validator.validate(assessment)) {
      paths.add(Pointers.fromPath(violation.getPropertyPath()));
    }
    paths.sort(Pointers.DOCUMENT_ORDER);
    return paths;
  }

  @Test
  void plainValidator_localFramework_isUnknownWithoutTheFactory() {
    try (ValidatorFactory plain = Validation.buildDefaultValidatorFactory()) {
      assertThat(paths(plain.getValidator(), AbaValidatorTest.againstLocalVariant()))
          .containsExactly("/framework");
    }
  }

  @Test
  void withTheFactory_localFramework_isValid() {
    try (ValidatorFactory factory = factoryOver(REGISTRY, new ArrayList<>())) {
      assertThat(factory.getValidator().validate(AbaValidatorTest.againstLocalVariant())).isEmpty();
      assertThat(factory.getValidator().validate(AbaValidatorTest.valid())).isEmpty();
    }
  }

  @Test
  void withTheFactory_brokenRulesOfALocalFramework_atTheValidatorsPaths() {
    Assessment mixed = Assessment.builder().from(AbaValidatorTest.againstLocalVariant())
        .addRatings(Rating.of("share-power", 9), Rating.of("open-buildings", 1)).build();
    List<String> expected = new ArrayList<>();
    for (Issue issue : AbaValidator.create(REGISTRY).validate(mixed)) {
      expected.add(issue.getPath());
    }
    try (ValidatorFactory factory = factoryOver(REGISTRY, new ArrayList<>())) {
      assertThat(paths(factory.getValidator(), mixed)).isEqualTo(expected)
          .contains("/ratings/2/action", "/ratings/2/rating", "/ratings/3/action");
    }
  }

  @Test
  void otherConstraintValidators_comeFromTheHostsFactory() {
    List<Class<?>> delegated = new ArrayList<>();
    try (ValidatorFactory factory = factoryOver(REGISTRY, delegated)) {
      Set<ConstraintViolation<Named>> violations = factory.getValidator().validate(new Named(" "));
      assertThat(violations).hasSize(1);
      factory.getValidator().validate(AbaValidatorTest.valid());
    }
    assertThat(delegated).isNotEmpty()
        .doesNotContain(ConsistentAssessment.Validator.class, ConsistentOutcomeData.Validator.class,
            ConsistentPlan.Validator.class);
  }

  @Test
  void ruleValidator_theThreeFrameworkRules_overTheRegistry_nothingElse() {
    assertThat(FrameworkConstraints.ruleValidator(ConsistentAssessment.Validator.class, REGISTRY))
        .containsInstanceOf(ConsistentAssessment.Validator.class);
    assertThat(FrameworkConstraints.ruleValidator(ConsistentOutcomeData.Validator.class, REGISTRY))
        .containsInstanceOf(ConsistentOutcomeData.Validator.class);
    assertThat(FrameworkConstraints.ruleValidator(ConsistentPlan.Validator.class, REGISTRY))
        .containsInstanceOf(ConsistentPlan.Validator.class);
    assertThat(FrameworkConstraints.ruleValidator(String.class, REGISTRY)).isEmpty();
    ConsistentAssessment.Validator made = (ConsistentAssessment.Validator) FrameworkConstraints
        .ruleValidator(ConsistentAssessment.Validator.class, REGISTRY).orElseThrow();
    assertThat(made.issues(AbaValidatorTest.againstLocalVariant())).isEmpty();
  }

  @Test
  void nullArguments_areRefused() {
    ConstraintValidatorFactory host =
        Validation.byDefaultProvider().configure().getDefaultConstraintValidatorFactory();
    assertThatNullPointerException()
        .isThrownBy(() -> FrameworkConstraints.validatorFactory(null, host));
    assertThatNullPointerException()
        .isThrownBy(() -> FrameworkConstraints.validatorFactory(REGISTRY, null));
  }

  /** A type of the host application's own, with a standard constraint. */
  static final class Named {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @NotBlank
    public String getName() {
      return name;
    }
  }
}
