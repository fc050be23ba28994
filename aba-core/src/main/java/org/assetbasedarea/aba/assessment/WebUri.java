package org.assetbasedarea.aba.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The URI is absolute, with scheme {@code http} or {@code https} and a host. */
@Documented
@Constraint(validatedBy = WebUri.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUri {
  /** @return the message */
  String message() default "must be an absolute http or https URI";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link WebUri}. */
  final class Validator implements ConstraintValidator<WebUri, URI> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(@Nullable URI uri, ConstraintValidatorContext context) {
      return uri == null || isWebUri(uri);
    }

    /**
     * Whether a URI is an absolute {@code http} or {@code https} URI with a host.
     *
     * @param uri the URI
     * @return true when it is
     */
    public static boolean isWebUri(URI uri) {
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    }
  }

}
