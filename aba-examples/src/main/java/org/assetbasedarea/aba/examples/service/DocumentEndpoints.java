package org.assetbasedarea.aba.examples.service;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What create, read and update mean for every kind of document, shared by the three controllers:
 * the URL's area and key against the document's, 201 with Location and ETag, 409 for a key that
 * is taken, and updates only with an {@code If-Match} naming the current version (428 without one,
 * 412 for a stale one).
 */
@Component
class DocumentEndpoints {
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");

  private final CaseStore store;

  DocumentEndpoints(CaseStore store) {
    this.store = store;
  }

  <T> ResponseEntity<T> create(DocumentKind<T> kind, String code, T document) {
    AreaCode area = area(code);
    DocumentKey key = kind.keyOf(document);
    if (!key.area().equals(area)) {
      throw ServiceProblem.keyMismatch("the " + kind + " is of area " + key.area()
          + ", but the URL names area " + area + "; post it to /areas/" + key.area() + "/"
          + kind.segment());
    }
    Stored<T> stored;
    try {
      stored = store.create(kind, document);
    } catch (DuplicateKeyException e) {
      throw ServiceProblem.conflict("the " + kind + " " + key.describe() + " is stored already"
          + store.version(key).map(v -> " (version " + v + ")").orElse("")
          + ": change it with PUT " + key.path() + " and If-Match");
    }
    return ResponseEntity.created(URI.create(key.path())).eTag(stored.etag())
        .body(stored.document());
  }

  <T> ResponseEntity<T> read(DocumentKind<T> kind, String code, List<LocalDate> dates) {
    DocumentKey key = new DocumentKey(kind, area(code), dates);
    Stored<T> stored = store.find(kind, key).orElseThrow(() -> notFound(key));
    return ResponseEntity.ok().eTag(stored.etag()).body(stored.document());
  }

  <T> ResponseEntity<T> update(DocumentKind<T> kind, String code, List<LocalDate> dates,
      @Nullable String ifMatch, T document) {
    DocumentKey key = new DocumentKey(kind, area(code), dates);
    DocumentKey given = kind.keyOf(document);
    if (!given.equals(key)) {
      throw ServiceProblem.keyMismatch("the " + kind + " is " + given.describe()
          + ", but the URL names " + key.describe() + "; a document's area and "
          + String.join(" and ", kind.keyColumns()).replace('_', ' ')
          + " cannot change (create a new one instead)");
    }
    Set<Long> versions = versions(ifMatch);
    Optional<Stored<T>> updated = versions.isEmpty() ? Optional.empty()
        : store.update(kind, document, versions);
    if (updated.isPresent()) {
      return ResponseEntity.ok().eTag(updated.get().etag()).body(updated.get().document());
    }
    long current = store.version(key).orElseThrow(() -> notFound(key));
    throw ServiceProblem.preconditionFailed("the " + kind + " " + key.describe()
        + " is at version \"" + current + "\", not " + printable(String.valueOf(ifMatch).trim())
        + ": someone changed it since you read it; GET it again, apply your change and send"
        + " the new ETag in If-Match");
  }

  /**
   * The versions an If-Match header names: strong entity tags, compared strongly (a weak tag
   * never matches, RFC 9110 section 13.1.1).
   *
   * @throws ServiceProblem 428 without the header or with {@code *}, 400 when it is not a list of
   *     entity tags
   */
  static Set<Long> versions(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ServiceProblem.preconditionRequired("an update needs If-Match with the ETag of the"
          + " version it changes (from GET or the last write), so that it cannot overwrite a"
          + " change it has not seen");
    }
    if (ifMatch.trim().equals("*")) {
      throw ServiceProblem.preconditionRequired("If-Match: * does not say which version the"
          + " update changes; send the ETag of that version");
    }
    Set<Long> versions = new LinkedHashSet<>();
    for (String part : ifMatch.split(",", -1)) {
      String tag = part.trim();
      boolean weak = tag.startsWith("W/");
      String opaque = weak ? tag.substring(2) : tag;
      if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")
          || opaque.substring(1, opaque.length() - 1).indexOf('"') >= 0) {
        throw ServiceProblem.badRequest("If-Match is not a list of entity tags such as \"3\"");
      }
      String inner = opaque.substring(1, opaque.length() - 1);
      if (!weak && VERSION.matcher(inner).matches()) {
        versions.add(Long.parseLong(inner));
      }
    }
    return versions;
  }

  /**
   * @param code an area code from a URL
   * @return the code
   * @throws ServiceProblem 400 when it is not an ONS GSS area code
   */
  static AreaCode area(String code) {
    if (!AreaCode.isValid(code)) {
      throw ServiceProblem.badRequest("'" + printable(code) + "' is not an ONS GSS area code:"
          + " E, W, S or N and 8 digits, such as E08000035");
    }
    return AreaCode.of(code);
  }

  static ServiceProblem notFound(DocumentKey key) {
    return ServiceProblem.notFound("no " + key.kind() + " " + key.describe() + " is stored");
  }

  /** At most 40 characters of a URL's text, with anything but printable ASCII as '?'. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
    return out + (text.codePointCount(0, text.length()) > 40 ? "..." : "");
  }
}
