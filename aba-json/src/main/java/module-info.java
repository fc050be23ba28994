/**
 * aba-json: Jackson 3 (de)serialisation of every aba document, the published JSON Schemas, strict
 * and hardened reading, NDJSON.
 *
 * <p>aba-core and Jackson's databind are part of the API ({@code AbaModule} is a Jackson module,
 * {@code AbaJson.mapper()} a {@code JsonMapper}). The package is opened to Jackson alone, which
 * reads the mix-ins and instantiates the writer of {@code schemaVersion}.
 */
module org.assetbasedarea.aba.json {
  requires transitive org.assetbasedarea.aba.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.assetbasedarea.aba.json;

  opens org.assetbasedarea.aba.json to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with org.assetbasedarea.aba.json.AbaModule;
}
