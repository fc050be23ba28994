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
import java.net.URISyntaxException;
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

    /**
     * Whether a text is an absolute {@code http} or {@code https} URI with a host, as {@link
     * #isWebUri(URI)} of the parsed text says; a text that is not a URI at all is not one. Plain
     * addresses ({@link #isPlainWebUri}) are decided without parsing.
     *
     * @param text the text
     * @return true when it is
     */
    public static boolean isWebUri(String text) {
      if (isPlainWebUri(text)) {
        return true;
      }
      try {
        return isWebUri(new URI(text));
      } catch (URISyntaxException e) {
        return false;
      }
    }

    /**
     * A conservative subset of web URIs, decided without parsing: {@code http} or {@code https}
     * (any case), {@code ://}, a host of dot-separated labels of ASCII letters, digits and inner
     * hyphens (the last label, when there are several, starting with a letter), an optional port
     * of 1-5 digits, then nothing or one of {@code /?#} followed only by ASCII letters, digits,
     * {@code -._~:/?@!$&'()*+,;=}, {@code %} with two hex digits, and at most one {@code #}. Every
     * text it accepts parses as a URI that {@link #isWebUri(URI)} accepts and that writes back as
     * the same text; a text it refuses may still be a web URI.
     *
     * @param text the text
     * @return true when the text is in the subset
     */
    public static boolean isPlainWebUri(String text) {
      // The scheme in ASCII letters of either case: not String.regionMatches(true, ...), which also
      // takes non-ASCII letters whose case folds to these (U+017F, the long s, matches "s").
      int i;
      if (isAsciiPrefixIgnoringCase(text, "http://")) {
        i = 7;
      } else if (isAsciiPrefixIgnoringCase(text, "https://")) {
        i = 8;
      } else {
        return false;
      }
      int length = text.length();
      int labelStart = i;
      int labels = 0;
      while (true) {
        while (i < length && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        if (i < length && text.charAt(i) == '.') {
          labelStart = ++i;
          continue;
        }
        break;
      }
      if (labels > 1 && !isAsciiLetter(text.charAt(labelStart))) {
        return false; // java.net.URI takes such a host for a registry name, with no host
      }
      if (i < length && text.charAt(i) == ':') {
        int portStart = ++i;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i == portStart || i - portStart > 5) {
          return false;
        }
      }
      if (i == length) {
        return true;
      }
      char next = text.charAt(i);
      if (next != '/' && next != '?' && next != '#') {
        return false;
      }
      boolean fragment = next == '#';
      for (i++; i < length; i++) {
        char c = text.charAt(i);
        if (c == '%') {
          if (i + 2 >= length || !isHexDigit(text.charAt(i + 1)) || !isHexDigit(text.charAt(i + 2))) {
            return false;
          }
          i += 2;
        } else if (c == '#') {
          if (fragment) {
            return false;
          }
          fragment = true;
        } else if (c >= 128 || !URI_REST[c]) {
          return false;
        }
      }
      return true;
    }

    /** ASCII letters, digits and {@code -._~:/?@!$&'()*+,;=}, by character. */
    private static final boolean[] URI_REST = new boolean[128];

    static {
      for (char c = 0; c < 128; c++) {
        URI_REST[c] = isAsciiLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0;
      }
    }

    /** Whether a text starts with a lower-case ASCII prefix, its letters in either ASCII case. */
    private static boolean isAsciiPrefixIgnoringCase(String text, String prefix) {
      if (text.length() < prefix.length()) {
        return false;
      }
      for (int k = 0; k < prefix.length(); k++) {
        char c = text.charAt(k);
        char expected = prefix.charAt(k);
        if (c != expected && !(isAsciiLetter(c) && (char) (c | 0x20) == expected)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHexDigit(char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
  }

}
