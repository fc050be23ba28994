package org.assetbasedarea.aba.framework;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of frameworks known by id: the built-in ones, plus any a council or researcher
 * builds or loads. Validators and scorers resolve an assessment's {@code framework} through one.
 */
public final class FrameworkRegistry {
  private static final FrameworkRegistry BUILT_IN = new FrameworkRegistry(Frameworks.builtIn());

  private final Map<String, Framework> byId;

  private FrameworkRegistry(Collection<Framework> frameworks) {
    Map<String, Framework> map = new LinkedHashMap<>();
    for (Framework framework : frameworks) {
      Objects.requireNonNull(framework, "framework");
      if (map.putIfAbsent(framework.getId(), framework) != null) {
        throw new IllegalArgumentException(
            "framework id '" + framework.getId() + "' is registered more than once");
      }
    }
    this.byId = map;
  }

  /** @return the registry of the built-in frameworks */
  public static FrameworkRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * A registry of exactly the given frameworks.
   *
   * @param frameworks the frameworks, with unique ids
   * @return the registry
   * @throws NullPointerException when {@code frameworks} or one of its elements is null
   * @throws IllegalArgumentException when two frameworks share an id
   */
  public static FrameworkRegistry of(Framework... frameworks) {
    // Arrays.asList, not List.of: List.of throws a message-less NPE for a null element before
    // the constructor's check can name it.
    return new FrameworkRegistry(Arrays.asList(Objects.requireNonNull(frameworks, "frameworks")));
  }

  /**
   * A registry with one more framework.
   *
   * @param framework a framework whose id is not yet registered
   * @return a new registry; this one is unchanged
   * @throws NullPointerException when {@code framework} is null
   * @throws IllegalArgumentException when the id is already registered
   */
  public FrameworkRegistry with(Framework framework) {
    List<Framework> all = new java.util.ArrayList<>(byId.values());
    all.add(framework);
    return new FrameworkRegistry(all);
  }

  /**
   * Looks a framework up.
   *
   * @param id a framework id
   * @return the framework, or empty when none has that id
   */
  public Optional<Framework> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @return every registered framework, in registration order */
  public List<Framework> all() {
    return List.copyOf(byId.values());
  }

  /** @return the ids of every registered framework, in registration order */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  @Override
  public String toString() {
    return "FrameworkRegistry" + byId.keySet();
  }
}
