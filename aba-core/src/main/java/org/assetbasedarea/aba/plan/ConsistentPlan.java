package org.assetbasedarea.aba.plan;

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
 * The cross-field rules of a plan (docs/plans.md section 2): its framework is known; it ends on
 * or after its first day, and a 100-day challenge lasts at most 100 days and has a mid-point
 * review; every date lies inside the plan and its baseline assessment on or before its start; a
 * role is on the team at most once; every goal names an action of the framework, at most one goal
 * per action, with a target above its baseline; an outcome target names an indicator of the
 * framework and lies in its range; a check-in checks only the plan's goals, each at most once, and
 * at most one check-in falls on a day.
 *
 * <p>A default-configured Jakarta Validator checks them against the built-in frameworks; {@code
 * AbaValidator} checks them against its own registry.
 */
@Documented
@Constraint(validatedBy = ConsistentPlan.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPlan {
  /** @return the message */
  String message() default "must be consistent with its framework and its own dates";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentPlan}, reporting each broken rule at its own path. */
  final class Validator implements ConstraintValidator<ConsistentPlan, Plan> {
    private final FrameworkRegistry registry;

    /** Creates the validator over the built-in frameworks, as a plain Jakarta Validator does. */
    public Validator() {
      this(FrameworkRegistry.builtIn());
    }

    /**
     * Creates the validator over a registry.
     *
     * @param registry the frameworks to resolve plans against
     */
    public Validator(FrameworkRegistry registry) {
      this.registry = registry;
    }

    @Override
    public boolean isValid(@Nullable Plan plan, ConstraintValidatorContext context) {
      return plan == null || RuleSink.violations(context, sink -> check(plan, sink));
    }

    /**
     * The same rules as {@link #isValid}, as issues with JSON Pointers relative to the plan
     * ({@code /goals/1/steps/0/dueOn}), in the order the rules find them, in time linear in the
     * size of the plan.
     *
     * @param plan the plan
     * @return every broken rule; empty when none is
     */
    public List<Issue> issues(Plan plan) {
      return RuleSink.collect(sink -> check(plan, sink));
    }

    private boolean check(Plan plan, RuleSink sink) {
      PlanRules rules = new PlanRules(plan, sink);
      Optional<Framework> framework = registry.find(plan.getFramework());
      if (framework.isEmpty()) {
        rules.broken(IssueCode.UNKNOWN_FRAMEWORK,
            "names a framework that is not known (known: "
                + (registry.ids().isEmpty() ? "none" : String.join(", ", registry.ids())) + ")",
            "framework", -1, null);
      }
      rules.dates();
      rules.team();
      rules.goals(framework.orElse(null));
      rules.checkIns();
      return rules.valid;
    }
  }
}
