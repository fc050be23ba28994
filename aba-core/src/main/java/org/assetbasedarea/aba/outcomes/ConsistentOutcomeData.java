package org.assetbasedarea.aba.outcomes;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/**
 * The cross-field rules of outcome data: the framework is known; the period does not end before it
 * starts; every figure and baseline names an indicator of the framework; a share figure names a
 * share indicator and a mean figure a mean indicator; an indicator has at most one figure (across
 * shares and means), at most one baseline, and no figure when person-level responses already give
 * it a value; a numerator is not above its denominator; means, standard deviations and baselines
 * are finite and within the indicator's range; each tally's value is within its item's range, an
 * item and value is tallied at most once, no item is both tallied and answered by a response, and
 * survey weights are on every tally and response or none, a weighted tally's four weight figures
 * within their bounds and consistent with each other.
 *
 * <p>A default-configured Jakarta Validator checks them against the built-in frameworks; {@code
 * AbaValidator} checks them against its own registry; {@code Indicators.compute} applies the same
 * rules.
 */
@Documented
@Constraint(validatedBy = ConsistentOutcomeData.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentOutcomeData {
  /** @return the message */
  String message() default "must be consistent with its framework";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentOutcomeData}, reporting each broken rule at its own path. */
  final class Validator implements ConstraintValidator<ConsistentOutcomeData, OutcomeData> {
    private final FrameworkRegistry registry;

    /** Creates the validator over the built-in frameworks, as a plain Jakarta Validator does. */
    public Validator() {
      this(FrameworkRegistry.builtIn());
    }

    /**
     * Creates the validator over a registry.
     *
     * @param registry the frameworks to resolve outcome data against
     */
    public Validator(FrameworkRegistry registry) {
      this.registry = registry;
    }

    @Override
    public boolean isValid(@Nullable OutcomeData data, ConstraintValidatorContext context) {
      return data == null || RuleSink.violations(context, sink -> check(data, sink));
    }

    /**
     * The same rules as {@link #isValid}, as issues with JSON Pointers relative to the outcome
     * data ({@code /shares/3/indicator}), in the order the rules find them. {@code AbaValidator}
     * reports the rules this way, in time linear in their number.
     *
     * @param data the outcome data
     * @return every broken rule; empty when none is
     */
    public List<Issue> issues(OutcomeData data) {
      return RuleSink.collect(sink -> check(data, sink));
    }

    private boolean check(OutcomeData data, RuleSink sink) {
      Optional<Framework> framework = registry.find(data.getFramework());
      boolean valid = true;
      if (framework.isEmpty()) {
        valid = false;
        sink.report(IssueCode.UNKNOWN_FRAMEWORK,
            "names a framework that is not known (known: "
                + (registry.ids().isEmpty() ? "none" : String.join(", ", registry.ids())) + ")",
            "framework", -1, null);
      }
      return OutcomeRules.check(data, framework.orElse(null), sink) && valid;
    }
  }
}
