package org.assetbasedarea.aba.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's OpenAPI 3.1 description, hand-written ({@code openapi.json} beside this class):
 * every endpoint, with the aba documents described by aba's published JSON Schemas. A test holds
 * its paths and methods to the service's request mappings.
 */
@RestController
class OpenApiController {
  /** The description's resource, beside this class. */
  static final String RESOURCE = "openapi.json";

  private final byte[] description;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      this.description = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/openapi.json")
  ResponseEntity<byte[]> openApi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(description.clone());
  }
}
