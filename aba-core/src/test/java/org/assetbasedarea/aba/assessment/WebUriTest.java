package org.assetbasedarea.aba.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
import java.util.regex.Pattern;
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

  /** What java.net.URI says of a text: a web URI that writes back as the same text, or not. */
  private static boolean parsesAsTheSameWebUri(String text) {
    try {
      URI uri = new URI(text);
      return WebUri.Validator.isWebUri(uri) && uri.toString().equals(text);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isWebUriByParsing(String text) {
    try {
      return WebUri.Validator.isWebUri(new URI(text));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The scanner decides without parsing: on random texts near web URIs, what it accepts
   * java.net.URI parses as a web URI with the same text, it matches the regular expression it
   * stands for, and the text check agrees with parsing on every text.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void plainWebUri_acceptsOnlyWhatParsesAsTheSameWebUri_andMatchesItsRegex(long seed) {
    String label = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
    String rest = "([A-Za-z0-9\\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})";
    Pattern regex = Pattern.compile("[Hh][Tt][Tt][Pp][Ss]?://(" + label + "|(" + label + "\\.)+"
        + "[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)(:[0-9]{1,5})?"
        + "([/?]" + rest + "*(#" + rest + "*)?|#" + rest + "*)?");
    String[] prefixes = {"", "http://", "https://", "HTTPS://", "hTtP://", "http:/", "ftp://",
        "https://example.org", "http://a.b", "https://x.y/", "http\u017f://", "HTTP\u017f://a",
        "\u0127ttp://"};
    String alphabet = "aZ09-._~:/?#@!$&'()*+,;=%%[] \"\u00e9\u2003<>{}|^`fF";
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      for (int j = random.nextInt(14); j > 0; j--) {
        // mostly characters of plain addresses, so that a good share of texts are plain
        String from = random.nextInt(3) == 0 ? alphabet : "abZ09/.?=";
        text.append(from.charAt(random.nextInt(from.length())));
      }
      String candidate = text.toString();
      boolean plain = WebUri.Validator.isPlainWebUri(candidate);
      assertThat(plain).as("'%s' against its regex", candidate)
          .isEqualTo(regex.matcher(candidate).matches());
      if (plain) {
        accepted++;
        assertThat(parsesAsTheSameWebUri(candidate)).as("'%s' parses as itself", candidate).isTrue();
      }
      assertThat(WebUri.Validator.isWebUri(candidate)).as("'%s' as text", candidate)
          .isEqualTo(isWebUriByParsing(candidate));
    }
    assertThat(accepted).as("plain among 5000").isGreaterThan(300);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://a", "https://example.org/m", "http://a:1/x", "http://a:12345",
      "http://a/%41b", "http://a/x?y#z", "http://a#b?c", "https://a.b-c.org/?q=1&r=(2)*;x",
      "HTTP://EXAMPLE.ORG"})
  void plainWebUri_ordinaryAddresses_arePlain(String text) {
    assertThat(WebUri.Validator.isPlainWebUri(text)).isTrue();
    assertThat(parsesAsTheSameWebUri(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://a.", "http://.a", "http://a-", "http://-a", "http://a:",
      "http://a:123456", "http://a b", "http://a.1", "http://1.2.3.4/", "http://a/%4", "http://a/%zz",
      "http://a/#b#c", "http://a/[1]", "http://user@a/", "https://bad_host.example/",
      "https://[2001:db8::1]/x", "http://a/\u00e9", "http\u017f://example.org/x",
      "HTTP\u017f://example.org", "\u0127ttp://a", "http://\u212aelvin.org"})
  void plainWebUri_unusualOrBrokenAddresses_areNotPlain_andTheTextCheckParsesThem(String text) {
    assertThat(WebUri.Validator.isPlainWebUri(text)).isFalse();
    assertThat(WebUri.Validator.isWebUri(text)).isEqualTo(isWebUriByParsing(text));
  }
}
