package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of frameworks known by id, with at most one catalogue of community approaches
 * for each: the built-in ones, plus any a council or researcher builds or loads. Validators and
 * scorers resolve an assessment's {@code framework}, and the approaches its evidence names,
 * through one.
 */
public final class FrameworkRegistry {
  private static final FrameworkRegistry BUILT_IN =
      new FrameworkRegistry(Frameworks.builtIn(), Frameworks.builtInCatalogues());

  private final Map<String, Framework> byId;
  /** Catalogues by the id of their framework. */
  private final Map<String, ApproachCatalogue> catalogues;

  private FrameworkRegistry(Collection<Framework> frameworks,
      Collection<ApproachCatalogue> catalogues) {
    Map<String, Framework> map = new LinkedHashMap<>();
    for (Framework framework : frameworks) {
      Objects.requireNonNull(framework, "framework");
      if (map.putIfAbsent(framework.getId(), framework) != null) {
        throw new IllegalArgumentException(
            "framework id '" + framework.getId() + "' is registered more than once");
      }
    }
    this.byId = map;
    Map<String, ApproachCatalogue> byFramework = new LinkedHashMap<>();
    for (ApproachCatalogue catalogue : catalogues) {
      Objects.requireNonNull(catalogue, "catalogue");
      checkAgainstFramework(catalogue);
      ApproachCatalogue other = byFramework.putIfAbsent(catalogue.getFramework(), catalogue);
      if (other != null) {
        throw new IllegalArgumentException("framework '" + catalogue.getFramework()
            + "' already has approach catalogue '" + other.getId() + "', so catalogue '"
            + catalogue.getId() + "' cannot be registered: a registry holds at most one"
            + " catalogue per framework");
      }
    }
    this.catalogues = byFramework;
  }

  /** Throws when the catalogue's framework is not registered or lacks an action it names. */
  private void checkAgainstFramework(ApproachCatalogue catalogue) {
    Framework framework = byId.get(catalogue.getFramework());
    if (framework == null) {
      throw new IllegalArgumentException("approach catalogue '" + catalogue.getId()
          + "' is for framework '" + catalogue.getFramework() + "', which is not registered");
    }
    List<String> problems = new ArrayList<>();
    for (Approach approach : catalogue.getApproaches()) {
      for (String action : approach.getActions()) {
        if (framework.findAction(action).isEmpty()) {
          problems.add("approach '" + approach.getId() + "' names action '" + action
              + "', which framework '" + framework.getId() + "' does not have");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("approach catalogue '" + catalogue.getId()
          + "' does not fit framework '" + framework.getId() + "': "
          + String.join("; ", problems));
    }
  }

  /**
   * @return the registry of the built-in frameworks and their built-in catalogues of approaches
   */
  public static FrameworkRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * A registry of exactly the given frameworks, without catalogues of approaches.
   *
   * @param frameworks the frameworks, with unique ids
   * @return the registry
   * @throws NullPointerException when {@code frameworks} or one of its elements is null
   * @throws IllegalArgumentException when two frameworks share an id
   */
  public static FrameworkRegistry of(Framework... frameworks) {
    // Arrays.asList, not List.of: List.of throws a message-less NPE for a null element before
    // the constructor's check can name it.
    return new FrameworkRegistry(Arrays.asList(Objects.requireNonNull(frameworks, "frameworks")),
        List.of());
  }

  /**
   * A registry with one more framework, and the same catalogues.
   *
   * @param framework a framework whose id is not yet registered
   * @return a new registry; this one is unchanged
   * @throws NullPointerException when {@code framework} is null
   * @throws IllegalArgumentException when the id is already registered
   */
  public FrameworkRegistry with(Framework framework) {
    List<Framework> all = new ArrayList<>(byId.values());
    all.add(framework);
    return new FrameworkRegistry(all, catalogues.values());
  }

  /**
   * A registry with one more catalogue of approaches.
   *
   * @param catalogue a catalogue for a registered framework that has no catalogue yet, naming only
   *     actions that framework has
   * @return a new registry; this one is unchanged
   * @throws NullPointerException when {@code catalogue} is null
   * @throws IllegalArgumentException when the catalogue's framework is not registered, already
   *     has a catalogue, or lacks an action an approach names (the message names each)
   */
  public FrameworkRegistry with(ApproachCatalogue catalogue) {
    List<ApproachCatalogue> all = new ArrayList<>(catalogues.values());
    all.add(catalogue);
    return new FrameworkRegistry(byId.values(), all);
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

  /**
   * Looks up the catalogue of approaches for a framework.
   *
   * @param frameworkId a framework id
   * @return its catalogue, or empty when the framework is not registered or has none
   */
  public Optional<ApproachCatalogue> findCatalogue(String frameworkId) {
    return Optional.ofNullable(catalogues.get(frameworkId));
  }

  /** @return every registered framework, in registration order */
  public List<Framework> all() {
    return List.copyOf(byId.values());
  }

  /** @return the ids of every registered framework, in registration order */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** @return every registered catalogue of approaches, in registration order */
  public List<ApproachCatalogue> catalogues() {
    return List.copyOf(catalogues.values());
  }

  @Override
  public String toString() {
    return "FrameworkRegistry" + byId.keySet()
        + (catalogues.isEmpty() ? "" : catalogues.values().stream()
            .map(ApproachCatalogue::getId).toList());
  }
}
