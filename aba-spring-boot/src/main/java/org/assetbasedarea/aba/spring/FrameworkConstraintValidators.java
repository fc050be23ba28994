package org.assetbasedarea.aba.spring;

import jakarta.validation.ConstraintValidator;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.validation.FrameworkConstraints;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Makes the framework rules' constraint validators over the reader's registry whenever Spring
 * makes them.
 *
 * <p>A Jakarta Validator Spring builds ({@code LocalValidatorFactoryBean}: Spring Boot's, the one
 * Spring MVC makes for {@code @Valid} without Boot's validation module, one of the application's)
 * makes constraint validators through the bean factory ({@code SpringConstraintValidatorFactory}),
 * which would use their no-argument constructors, over the built-in frameworks only. Here the
 * three framework rules get the registry of the {@code AbaJson} bean instead, so {@code @Valid}
 * accepts exactly the documents the reader (and so the converter) accepts. Every other class is
 * left to Spring.
 */
final class FrameworkConstraintValidators implements InstantiationAwareBeanPostProcessor {
  private final ObjectProvider<AbaJson> json;

  FrameworkConstraintValidators(ObjectProvider<AbaJson> json) {
    this.json = json;
  }

  @Override
  public @Nullable Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
    if (!ConstraintValidator.class.isAssignableFrom(beanClass)) {
      return null; // every other bean, before the AbaJson bean is looked up
    }
    return FrameworkConstraints.ruleValidator(beanClass, json.getObject().getRegistry())
        .orElse(null);
  }
}
