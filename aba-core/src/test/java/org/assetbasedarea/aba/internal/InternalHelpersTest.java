package org.assetbasedarea.aba.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pointers, Messages, WebUri and Ids: the helpers every issue and id goes through. */
class InternalHelpersTest {

  @Test
  void pointersEscape_tildeAndSlash_perRfc6901() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Pointers.escape("~1")).isEqualTo("~01");
    assertThat(Pointers.escape("plain")).isEqualTo("plain");
  }

  @Test
  void pointersDocumentOrder_indicesNumericallyFieldsInContractOrderUnknownLast() {
    List<String> expected = List.of(
        "", "/framework", "/area", "/area/code", "/area/name", "/assessedOn",
        "/participants/0/role", "/participants/0/count", "/participants/2/role",
        "/participants/10/role", "/ratings", "/ratings/0/action", "/ratings/0/rating",
        "/ratings/0/evidence", "/ratings/0/evidence/0/kind", "/ratings/0/evidence/0/summary",
        "/ratings/0/evidence/0/source", "/ratings/0/evidence/9/summary",
        "/ratings/0/evidence/10/summary", "/ratings/0/rationale", "/ratings/9/action",
        "/ratings/10/action", "/ratings/100/action", "/zebra", "/zulu");
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<String> shuffled = new ArrayList<>(expected);
      Collections.shuffle(shuffled, random);
      shuffled.sort(Pointers.DOCUMENT_ORDER);
      assertThat(shuffled).as("round %d", round).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void messagesEscape_escapesEveryTemplateCharacter() {
    assertThat(Messages.escape("a ${b} {c} \\ d")).isEqualTo("a \\$\\{b\\} \\{c\\} \\\\ d");
    assertThat(Messages.escape("plain text")).isEqualTo("plain text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://example.org/x?y#z", "HTTP://EXAMPLE.ORG",
      "https://[2001:db8::1]/x"})
  void webUri_absoluteHttpWithHost_isAccepted(String uri) {
    assertThat(WebUri.Validator.isWebUri(URI.create(uri))).isTrue();
    assertThat(new WebUri.Validator().isValid(URI.create(uri), null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "/x", "//example.org/x", "ftp://example.org", "mailto:a@example.org",
      "http:///x", "http:x", "file:///x", "https://bad_host.example/"})
  void webUri_otherUris_areRejected(String uri) {
    assertThat(WebUri.Validator.isWebUri(URI.create(uri))).isFalse();
  }

  @Test
  void webUri_absentValue_isLeftToOtherConstraints() {
    assertThat(new WebUri.Validator().isValid(null, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "aba-2020", "share-power", "ascof-1i1", "0", "a-b-c-1"})
  void ids_kebabIds_areAccepted(String id) {
    assertThat(Ids.isKebab(id)).isTrue();
    assertThat(Ids.requireKebab("action", id)).isSameAs(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "a-", "-a", "a--b", "A", "a_b", "a b", "a.b", "é", "a\n"})
  void ids_otherIds_areRejectedWithWhatTheyName(String id) {
    assertThat(Ids.isKebab(id)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Ids.requireKebab("outcome", id))
        .withMessageStartingWith("outcome id must be lower-case kebab case (like 'share-power')");
  }

  @Test
  void ids_lengthLimitIs100() {
    assertThat(Ids.isKebab("a".repeat(100))).isTrue();
    assertThat(Ids.isKebab("a".repeat(101))).isFalse();
  }
}
