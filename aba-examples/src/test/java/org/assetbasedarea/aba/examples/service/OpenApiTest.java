package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * openapi.json cannot drift from the service: its paths and methods are exactly those of the
 * service's request mappings, every path parameter is declared, every local reference resolves,
 * and every aba document is described by one of aba's published schemas.
 */
class OpenApiTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private final RunningService service = RunningService.get();

  @Test
  void pathsAndMethods_areExactlyTheServicesMappings() {
    Set<String> mapped = new TreeSet<>();
    RequestMappingHandlerMapping mapping =
        service.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
      if (!entry.getValue().getBeanType().getPackageName()
          .equals(CaseServiceApplication.class.getPackageName())) {
        continue; // Spring Boot's /error
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      assertThat(methods).as("%s declares its methods", entry.getValue()).isNotEmpty();
      for (String pattern : entry.getKey().getPatternValues()) {
        for (RequestMethod method : methods) {
          mapped.add(method.name() + " " + pattern);
        }
      }
    }
    JsonNode openApi = description();
    Set<String> described = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (HTTP_METHODS.contains(operation.getKey())) {
          described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertThat(described).isEqualTo(mapped);
    assertThat(mapped).hasSizeGreaterThanOrEqualTo(17);
  }

  @Test
  void description_isOpenApi31_withEveryParameterAndReferenceInPlace() {
    JsonNode openApi = description();
    assertThat(openApi.get("openapi").asString()).isEqualTo("3.1.0");
    assertThat(openApi.get("jsonSchemaDialect").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Pattern template = Pattern.compile("\\{([^}]+)}");
    for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
      Set<String> inPath = new TreeSet<>();
      Matcher names = template.matcher(path.getKey());
      while (names.find()) {
        inPath.add(names.group(1));
      }
      Set<String> declared = new TreeSet<>();
      for (JsonNode parameter : path.getValue().path("parameters")) {
        JsonNode resolved = resolve(openApi, parameter);
        if (resolved.get("in").asString().equals("path")) {
          declared.add(resolved.get("name").asString());
        }
      }
      assertThat(declared).as(path.getKey()).isEqualTo(inPath);
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (HTTP_METHODS.contains(operation.getKey())) {
          assertThat(operation.getValue().get("operationId")).as(path.getKey()).isNotNull();
          assertThat(operation.getValue().get("responses").size()).isPositive();
        }
      }
    }
    List<String> references = new ArrayList<>();
    collectReferences(openApi, references);
    Set<String> schemaIds = new TreeSet<>();
    for (DocumentType<?> type : DocumentType.values()) {
      schemaIds.add(type.getSchemaId());
    }
    Set<String> documents = new TreeSet<>();
    for (String reference : references) {
      if (reference.startsWith("#/")) {
        assertThat(at(openApi, reference).isMissingNode()).as(reference).isFalse();
      } else {
        assertThat(schemaIds).as("an aba schema id").contains(reference);
        documents.add(reference.substring(DocumentType.SCHEMA_ID_PREFIX.length()));
      }
    }
    assertThat(documents).containsExactlyInAnyOrder("assessment.schema.json",
        "outcome-data.schema.json", "plan.schema.json", "score-report.schema.json",
        "progress.schema.json");
  }

  @Test
  void servedAtOpenApiJson() {
    HttpResponse<String> served = service.get("/openapi.json");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(PLAIN.readTree(served.body()).get("info").get("title").asString())
        .isEqualTo("aba case service");
  }

  private JsonNode description() {
    return PLAIN.readTree(service.get("/openapi.json").body());
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    return node.has("$ref") ? at(root, node.get("$ref").asString()) : node;
  }

  private static JsonNode at(JsonNode root, String reference) {
    return root.at(reference.substring(1));
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("$ref")) {
          references.add(field.getValue().asString());
        } else {
          collectReferences(field.getValue(), references);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collectReferences(item, references);
      }
    }
  }
}
