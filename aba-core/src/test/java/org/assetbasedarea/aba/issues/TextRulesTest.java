package org.assetbasedarea.aba.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.regex.Pattern;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.InvalidFrameworkException;
import org.junit.jupiter.api.Test;

/**
 * {@link VisibleText} and {@link PlainText}: the hand-written checks and the patterns the schemas
 * publish agree on every code point, and a framework's builder applies them.
 */
class TextRulesTest {
  /** The schemas' patterns as a Java (and networknt) regex reads them; $ is the very end. */
  private static final Pattern VISIBLE = Pattern.compile(VisibleText.PATTERN);
  private static final Pattern PLAIN = Pattern.compile(PlainText.PATTERN.replace("$", "\\z"));

  @Test
  void visibleText_checkAndPattern_agreeOnEveryCodePoint() {
    int invisible = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = new String(Character.toChars(c));
      boolean visible = VisibleText.Validator.hasVisible(text);
      assertThat(VISIBLE.matcher(text).find()).as("U+%04X", c).isEqualTo(visible);
      assertThat(VisibleText.Validator.isInvisible(c)).isEqualTo(!visible);
      invisible += visible ? 0 : 1;
    }
    assertThat(invisible).as("the invisible set").isEqualTo(4278);
  }

  @Test
  void plainText_checkAndPattern_agreeOnEveryCodePoint() {
    int disallowed = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = "a" + new String(Character.toChars(c)) + "b";
      boolean plain = PlainText.Validator.isPlain(text);
      assertThat(PLAIN.matcher(text).find()).as("U+%04X", c).isEqualTo(plain);
      disallowed += plain ? 0 : 1;
    }
    // C0 but tab, LF, CR (29), DEL and C1 (33), the bidi embeddings, overrides and isolates (9)
    assertThat(disallowed).isEqualTo(29 + 33 + 9);
  }

  @Test
  void visibleText_everyWhiteSpaceAndSpaceSeparator_isInvisible() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
        assertThat(VisibleText.Validator.isInvisible(c)).as("U+%04X", c).isTrue();
      }
    }
  }

  @Test
  void visibleText_textsBlankBefore_stayBlank() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = String.valueOf((char) c);
      if (text.isBlank()) {
        assertThat(VisibleText.Validator.hasVisible(text)).as("U+%04X", c).isFalse();
      }
    }
  }

  @Test
  void frameworkParts_invisibleOrOverridingTexts_areRefusedAtTheirPointers() {
    assertThatThrownBy(() -> Grouping.of("together", "\u200B\u3164"))
        .isInstanceOfSatisfying(InvalidFrameworkException.class, e ->
            assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode)
                .containsExactly(tuple("/title", IssueCode.BLANK_TEXT)));
    assertThatThrownBy(() -> Action.of("grants", "money", "\u202E", "a\u001Bb"))
        .isInstanceOfSatisfying(InvalidFrameworkException.class, e ->
            assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode)
                .containsExactly(tuple("/title", IssueCode.BLANK_TEXT),
                    tuple("/title", IssueCode.DISALLOWED_CHARACTER),
                    tuple("/description", IssueCode.DISALLOWED_CHARACTER)));
    assertThat(Action.of("grants", "money", "Zo\u00EB \uD83D\uDC68\u200D\uD83D\uDC69", "")
        .getDescription()).isEmpty();
  }
}
