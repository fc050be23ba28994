package org.assetbasedarea.aba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assetbasedarea.aba.framework.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of aba-core: no generated {@code Immutable*} type is public or appears in a
 * public signature, and no Jackson is on the classpath.
 */
class PublicApiTest {
  /** The API packages; scoring and outcomes are checked once they exist. */
  private static final List<String> API_PACKAGES = List.of(
      "org.assetbasedarea.aba.framework", "org.assetbasedarea.aba.assessment",
      "org.assetbasedarea.aba.validation", "org.assetbasedarea.aba.issues",
      "org.assetbasedarea.aba.scoring",
      "org.assetbasedarea.aba.outcomes");

  /** Every compiled class of the API packages that exist, nested ones included. */
  static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = PublicApiTest.class.getClassLoader();
    // The main classes' root (target/classes), not the test classes that share the packages.
    Path root = Paths.get(Framework.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(root).as("aba-core's main classes as a directory").isDirectory();
    for (String pkg : API_PACKAGES) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> listing = Files.list(dir)) {
        files = listing.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path file : files) {
        String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
        if (simple.equals("package-info")) {
          continue;
        }
        classes.add(Class.forName(pkg + "." + simple, false, loader));
      }
    }
    return classes;
  }

  private static boolean isExported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void apiClasses_areFoundForTheCorePackages() throws Exception {
    assertThat(apiClasses()).extracting(Class::getSimpleName)
        .contains("Framework", "ImmutableFramework", "AreaCode", "Assessment", "ImmutableAssessment",
            "AbaValidator", "Issue", "ImmutableIssue");
  }

  @Test
  void generatedImmutableClasses_areNotPublic() throws Exception {
    List<String> publicGenerated = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      boolean generated = type.getSimpleName().startsWith("Immutable")
          || (type.getDeclaringClass() != null
              && type.getDeclaringClass().getSimpleName().startsWith("Immutable"));
      if (generated && isExported(type)) {
        publicGenerated.add(type.getName());
      }
    }
    assertThat(publicGenerated).isEmpty();
  }

  @Test
  void publicSignatures_neverMentionAnImmutableType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      if (!isExported(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        check(leaks, method, method.getGenericReturnType());
        checkExecutable(leaks, method);
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        checkExecutable(leaks, constructor);
      }
      for (Field field : type.getFields()) {
        check(leaks, field, field.getGenericType());
      }
      for (Type supertype : type.getGenericInterfaces()) {
        check(leaks, type, supertype);
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void checkExecutable(List<String> leaks, Executable executable) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(leaks, executable, parameter);
    }
    for (Type exception : executable.getGenericExceptionTypes()) {
      check(leaks, executable, exception);
    }
  }

  private static void check(List<String> leaks, Object member, Type type) {
    if (mentionsImmutable(type)) {
      leaks.add(member + " mentions " + type.getTypeName());
    }
  }

  static boolean mentionsImmutable(Type type) {
    return mentionsImmutable(type, new HashSet<>());
  }

  private static boolean mentionsImmutable(Type type, Set<TypeVariable<?>> seen) {
    if (type instanceof Class<?>) {
      Class<?> c = (Class<?>) type;
      if (c.isArray()) {
        return mentionsImmutable(c.getComponentType(), seen);
      }
      for (Class<?> outer = c; outer != null; outer = outer.getDeclaringClass()) {
        if (outer.getSimpleName().startsWith("Immutable")) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      if (mentionsImmutable(p.getRawType(), seen)) {
        return true;
      }
      for (Type argument : p.getActualTypeArguments()) {
        if (mentionsImmutable(argument, seen)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof GenericArrayType) {
      return mentionsImmutable(((GenericArrayType) type).getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .anyMatch(t -> mentionsImmutable(t, seen));
    }
    if (type instanceof TypeVariable<?>) {
      TypeVariable<?> variable = (TypeVariable<?>) type;
      return seen.add(variable)
          && Stream.of(variable.getBounds()).anyMatch(t -> mentionsImmutable(t, seen));
    }
    return false;
  }

  @Test
  void mentionsImmutable_seesNestedGenericAndArrayUses() throws Exception {
    class ImmutableProbe {}
    assertThat(mentionsImmutable(ImmutableProbe.class)).isTrue();
    assertThat(mentionsImmutable(ImmutableProbe[].class)).isTrue();
    Method probe = PublicApiTest.class.getDeclaredMethod("probe", List.class);
    assertThat(mentionsImmutable(probe.getGenericParameterTypes()[0])).isTrue();
    assertThat(mentionsImmutable(String.class)).isFalse();
  }

  @SuppressWarnings("unused")
  private static void probe(List<? extends java.util.Map<String, ImmutableLookalike[]>> values) {}

  /** A stand-in whose simple name starts with Immutable, to prove the check can fail. */
  private static final class ImmutableLookalike {}

  @ParameterizedTest
  @ValueSource(strings = {"tools.jackson.databind.ObjectMapper",
      "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
      "tools.jackson.core.json.JsonFactory"})
  void jackson_isNotOnTheClasspath(String className) {
    assertThatThrownBy(() -> Class.forName(className))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
