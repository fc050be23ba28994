package org.assetbasedarea.aba.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web-URI rule of evidence sources. */
class WebUriTest {

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
}
