package org.assetbasedarea.aba.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.validation.IssueCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** How the cross-field constraints report a broken rule: at its own path, with its code. Not API. */
public final class Violations {
  private Violations() {}

  /**
   * Adds one violation at {@code property}, {@code property.leaf} or {@code property[index].leaf},
   * carrying its {@link IssueCode} as Hibernate Validator's dynamic payload.
   *
   * @param context the constraint validator context (its default violation already disabled)
   * @param code the stable code
   * @param message a literal message (escaped here for any interpolator)
   * @param property the property of the validated bean
   * @param index the index into {@code property} when it is a list, or -1
   * @param leaf the property of the list element or nested object, or null for {@code property}
   */
  public static void report(
      ConstraintValidatorContext context,
      IssueCode code,
      String message,
      String property,
      int index,
      @Nullable String leaf) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
    String template = Messages.escape(message);
    if (leaf == null) {
      context.buildConstraintViolationWithTemplate(template)
          .addPropertyNode(property)
          .addConstraintViolation();
    } else if (index < 0) {
      context.buildConstraintViolationWithTemplate(template)
          .addPropertyNode(property)
          .addPropertyNode(leaf)
          .addConstraintViolation();
    } else {
      context.buildConstraintViolationWithTemplate(template)
          .addPropertyNode(property)
          .addPropertyNode(leaf)
          .inIterable()
          .atIndex(index)
          .addConstraintViolation();
    }
  }

  /**
   * The ids a registry knows, for an {@code UNKNOWN_FRAMEWORK} message.
   *
   * @param registry the registry
   * @return the ids joined by commas, or {@code none}
   */
  public static String knownFrameworkIds(FrameworkRegistry registry) {
    StringBuilder ids = new StringBuilder();
    for (Framework framework : registry.all()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(framework.getId());
    }
    return ids.length() == 0 ? "none" : ids.toString();
  }
}
