/**
 * aba-core: the Asset-Based Area model as versioned data, immutable documents, Jakarta validation,
 * the scoring rules and outcome statistics. No Jackson.
 *
 * <p>Jakarta Validation is part of the API (constraint annotations on the documents, violations
 * for a caller's own validator); Hibernate Validator is the engine behind {@code AbaValidator}.
 * The value packages are opened to the two frameworks that reflect on them: Hibernate Validator
 * (a caller's own Jakarta Validator too) and Jackson (the aba-json module binds through the
 * documents' builders).
 */
// "module": the packages are opened to modules that are not on this module's own module path;
// "requires-transitive-automatic": Immutables' annotations (an automatic module) mark the API's
// types in their class files; a consumer needs them only to read those marks, never to run.
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module org.assetbasedarea.aba.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;

  exports org.assetbasedarea.aba.assessment;
  exports org.assetbasedarea.aba.framework;
  exports org.assetbasedarea.aba.issues;
  exports org.assetbasedarea.aba.outcomes;
  exports org.assetbasedarea.aba.plan;
  exports org.assetbasedarea.aba.scoring;
  exports org.assetbasedarea.aba.validation;

  opens org.assetbasedarea.aba.assessment to org.hibernate.validator, tools.jackson.databind;
  opens org.assetbasedarea.aba.framework to org.hibernate.validator, tools.jackson.databind;
  opens org.assetbasedarea.aba.issues to org.hibernate.validator, tools.jackson.databind;
  opens org.assetbasedarea.aba.outcomes to org.hibernate.validator, tools.jackson.databind;
  opens org.assetbasedarea.aba.plan to org.hibernate.validator, tools.jackson.databind;
  opens org.assetbasedarea.aba.scoring to org.hibernate.validator, tools.jackson.databind;
}
