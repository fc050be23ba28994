package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.assetbasedarea.aba.framework.InvalidFrameworkException;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One rule for every text of every document (issue 10): a text that must have content has a
 * visible character ({@code BLANK_TEXT}), and no text has a control character other than tab, LF
 * and CR or a bidirectional embedding, override or isolate ({@code DISALLOWED_CHARACTER}).
 *
 * <p>The texts are not picked by hand: every String attribute of every value of generated
 * documents of all seven types is found by reflection (its JSON Pointer is its attribute path), and
 * each gets every text of {@link HostileTexts}, through {@link AbaValidator} on the model (or the
 * framework's builder, which refuses a broken framework) and through {@link AbaJson#read} on the
 * document's JSON: the same codes at the same pointer, and nothing else. An attribute that
 * refuses a plain word ("Zoë") is an id, enum-like or otherwise structured; it must then refuse
 * every hostile text too.
 */
class VisibleTextRuleTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final AbaJson JSON = AbaJson.standard();
  private static final AbaValidator VALIDATOR = AbaValidator.shared();

  /**
   * A String attribute found in a document: where it is, where it is in the value that holds it
   * ({@code /title}, or {@code /nextSteps/0} for a text in a list), and how to replace it.
   */
  record Attribute(String pointer, String local, UnaryOperator<Object> replace) {}

  @Test
  void everyTextOfEveryDocument_getsTheSameCodesAtTheSamePointer_fromValidatorAndReader() {
    Set<String> texts = new TreeSet<>();
    Set<String> structured = new TreeSet<>();
    int checked = 0;
    for (long seed : new long[] {AssessmentGenerator.BASE_SEED, AssessmentGenerator.BASE_SEED + 31}) {
      for (Object document : ModuleContractTest.documents(seed)) {
        DocumentType<?> type = typeOf(document);
        JsonNode tree = PLAIN.readTree(JSON.writeString(document));
        for (Attribute attribute : attributes(document)) {
          String pointer = attribute.pointer();
          assertThat(tree.at(pointer).isString()).as("%s %s in JSON", type, pointer).isTrue();
          String shape = type + " " + pointer.replaceAll("/[0-9]+", "/*");
          if (readAt(type, tree, pointer, "Zo\u00EB").isValid()) {
            boolean required = !readAt(type, tree, pointer, "").isValid();
            texts.add(shape + (required ? " (required)" : " (optional)"));
            for (HostileTexts.Case text : HostileTexts.all()) {
              Set<IssueCode> expected = new TreeSet<>();
              if (required && !text.visible()) {
                expected.add(IssueCode.BLANK_TEXT);
              }
              if (!text.plain()) {
                expected.add(IssueCode.DISALLOWED_CHARACTER);
              }
              assertThat(codesFromModel(attribute, text.text()))
                  .as("%s %s, validator: %s", type, pointer, text).isEqualTo(expected);
              ReadResult<?> read = readAt(type, tree, pointer, text.text());
              assertThat(read.getIssues())
                  .as("%s %s, reader: %s", type, pointer, text)
                  .allSatisfy(issue -> assertThat(issue.getPath()).isEqualTo(pointer));
              assertThat(codes(read.getIssues()))
                  .as("%s %s, reader: %s", type, pointer, text).isEqualTo(expected);
              checked++;
            }
          } else {
            structured.add(shape);
            for (HostileTexts.Case text : HostileTexts.all()) {
              assertThat(readAt(type, tree, pointer, text.text()).isValid())
                  .as("%s %s (structured), reader: %s", type, pointer, text).isFalse();
            }
          }
        }
      }
    }
    assertThat(texts).as("every free text, and nothing else, is a text").containsExactlyInAnyOrder(
        "assessment /area/name (required)",
        "assessment /ratings/*/evidence/*/summary (required)",
        "assessment /ratings/*/rationale (optional)",
        "framework /title (required)", "framework /groupings/*/title (required)",
        "framework /actions/*/title (required)", "framework /actions/*/description (optional)",
        "framework /outcomes/*/title (required)", "framework /indicators/*/title (required)",
        "framework /indicators/*/edition (required)",
        "framework /actions/*/levels/*/looksLike (required)",
        "framework /actions/*/levels/*/nextSteps/* (required)",
        "approach-catalogue /title (required)",
        "approach-catalogue /approaches/*/title (required)",
        "approach-catalogue /approaches/*/description (required)",
        "approach-catalogue /approaches/*/evidence (required)",
        "outcome-data /area/name (required)", "score-report /area/name (required)",
        "progress /area/name (required)", "outcome-report /area/name (required)",
        "plan /area/name (required)", "plan /title (required)",
        "plan /goals/*/steps/*/description (required)", "plan /checkIns/*/goals/*/note (optional)");
    assertThat(structured).as("ids").contains("assessment /framework",
        "assessment /ratings/*/action", "framework /actions/*/grouping",
        "outcome-report /disclosure/id", "outcome-report /indicators/*/published/policy",
        "assessment /ratings/*/evidence/*/approach", "assessment /ratings/*/evidence/*/source",
        "approach-catalogue /id",
        "approach-catalogue /framework", "approach-catalogue /approaches/*/id",
        "approach-catalogue /approaches/*/actions/*");
    assertThat(checked).isGreaterThan(1000);
  }

  private static Set<IssueCode> codes(List<Issue> issues) {
    Set<IssueCode> codes = new TreeSet<>();
    issues.forEach(issue -> codes.add(issue.getCode()));
    return codes;
  }

  /** The codes the model gives a text at an attribute: its builder's or the validator's. */
  private static Set<IssueCode> codesFromModel(Attribute attribute, String text) {
    Object variant;
    try {
      variant = attribute.replace().apply(text);
    } catch (InvalidFrameworkException e) {
      // A framework's parts refuse a broken text when built, at the pointer in the part.
      assertThat(e.getIssues())
          .allSatisfy(issue -> assertThat(issue.getPath()).isEqualTo(attribute.local()));
      return codes(e.getIssues());
    }
    List<Issue> issues = VALIDATOR.validate(variant);
    assertThat(issues).allSatisfy(issue ->
        assertThat(issue.getPath()).isEqualTo(attribute.pointer()));
    return codes(issues);
  }

  private static ReadResult<?> readAt(DocumentType<?> type, JsonNode tree, String pointer,
      String text) {
    JsonNode copy = tree.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String leaf = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(leaf), text);
    } else {
      ((ObjectNode) parent).put(leaf, text);
    }
    return JSON.read(copy.toString(), type);
  }

  // -- the model's String attributes, by reflection --------------------------------------------

  /** Every String attribute of a document and of every value in it (lists: each shape once). */
  static List<Attribute> attributes(Object document) {
    Map<String, Attribute> found = new LinkedHashMap<>();
    walk(document, "", UnaryOperator.identity(), found);
    return new ArrayList<>(found.values());
  }

  private static boolean isValue(Object value) {
    return value.getClass().getSimpleName().startsWith("Immutable")
        && value.getClass().getPackageName().startsWith("org.assetbasedarea.aba.");
  }

  private static void walk(Object node, String pointer, UnaryOperator<Object> rebuild,
      Map<String, Attribute> found) {
    Class<?> type = node.getClass().getSuperclass();
    for (Method getter : type.getMethods()) {
      if (!Modifier.isAbstract(getter.getModifiers()) || getter.getParameterCount() != 0) {
        continue;
      }
      String name = getter.getName().replaceFirst("^(get|is)", "");
      String attribute = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      // Every attribute is written under its own name, except Evidence's source: the attribute
      // holds its text as written (getSourceText) and getSource() parses it when asked.
      String field = attribute.equals("sourceText") ? "source" : attribute;
      String at = pointer + "/" + field;
      Object value = invoke(getter, node);
      if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          continue;
        }
        value = optional.get();
      }
      if (value instanceof String) {
        add(found, new Attribute(at, "/" + field,
            text -> rebuild.apply(with(node, attribute, text))));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          int index = i;
          Object element = list.get(i);
          UnaryOperator<Object> inList = replaced -> {
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, replaced);
            return rebuild.apply(with(node, attribute, copy));
          };
          if (element instanceof String) {
            add(found, new Attribute(at + "/" + i, "/" + attribute + "/" + i, inList));
          } else if (isValue(element)) {
            walk(element, at + "/" + i, inList, found);
          }
        }
      } else if (isValue(value)) {
        walk(value, at, child -> rebuild.apply(with(node, attribute, child)), found);
      }
    }
  }

  private static void add(Map<String, Attribute> found, Attribute attribute) {
    found.putIfAbsent(attribute.pointer().replaceAll("/[0-9]+", "/*"), attribute);
  }

  /** A copy of a value with one attribute replaced, through its public builder. */
  private static Object with(Object node, String attribute, Object value) {
    Class<?> type = node.getClass().getSuperclass();
    try {
      Object builder = type.getMethod("builder").invoke(null);
      Method from = findMethod(builder.getClass(), "from", type);
      from.invoke(builder, node);
      Method setter = findMethod(builder.getClass(), attribute,
          value instanceof List ? Iterable.class : value.getClass());
      setter.invoke(builder, value);
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method findMethod(Class<?> builder, String name, Class<?> argument) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && method.getParameterTypes()[0].isAssignableFrom(argument)) {
        method.setAccessible(true);
        return method;
      }
    }
    throw new IllegalStateException("no " + name + "(" + argument + ") on " + builder);
  }

  private static Object invoke(Method getter, Object node) {
    try {
      getter.setAccessible(true);
      return getter.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentType<?> typeOf(Object document) {
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType().isInstance(document)) {
        return type;
      }
    }
    throw new IllegalArgumentException(document.getClass().getName());
  }
}
