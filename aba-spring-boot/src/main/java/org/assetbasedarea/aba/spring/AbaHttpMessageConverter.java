package org.assetbasedarea.aba.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes every aba document type ({@link DocumentType#values()}) as JSON through {@link
 * AbaJson}: a request body is read with all of the reader's checks (strict fields, limits, the
 * document's validation, every issue at once), and a document is written byte for byte as {@link
 * AbaJson#write(Object)} writes it.
 *
 * <p>A body that is not a valid document is a {@link RejectedDocumentException} listing every
 * issue. A body is read only up to {@code maxDocumentBytes} + 1 bytes: a larger one (or a larger
 * {@code Content-Length}) is rejected as too large without reading the rest.
 *
 * <p>Its {@link Order} is the highest precedence, so that among the converter beans Spring Boot
 * gathers it comes before any JSON converter of the application's.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AbaHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
  private final AbaJson json;

  /**
   * A converter for {@code application/json} and {@code application/*+json}.
   *
   * @param json the reader and writer
   */
  public AbaHttpMessageConverter(AbaJson json) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
  }

  /** @return the reader and writer */
  public AbaJson getJson() {
    return json;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return typeOf(clazz) != null;
  }

  @Override
  public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
    // Only the documents' own types: a subtype (an Immutables class) is not a request body type.
    return exactTypeOf(clazz) != null && canRead(mediaType);
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
    DocumentType<?> type = Objects.requireNonNull(exactTypeOf(clazz), "not an aba document type");
    int max = json.getLimits().getMaxDocumentBytes();
    long declared = inputMessage.getHeaders().getContentLength();
    if (declared > max) {
      // Refused without reading the body, with the issue the reader gives a body past the limit.
      throw new RejectedDocumentException(type, List.of(Issue.of("", IssueCode.LIMIT_EXCEEDED,
          "is larger than the limit of " + max + " bytes").atLocation(1, 1)), true);
    }
    byte[] body;
    try (InputStream in = inputMessage.getBody()) {
      body = in.readNBytes(max + 1);
    }
    ReadResult<?> result = json.read(body, type);
    if (!result.isValid()) {
      throw new RejectedDocumentException(type, result.getIssues(), body.length > max);
    }
    return result.getDocument().orElseThrow();
  }

  @Override
  protected void writeInternal(Object document, HttpOutputMessage outputMessage)
      throws IOException {
    byte[] bytes = json.write(document);
    outputMessage.getHeaders().setContentLength(bytes.length);
    outputMessage.getBody().write(bytes);
  }

  static @Nullable DocumentType<?> exactTypeOf(Class<?> clazz) {
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType() == clazz) {
        return type;
      }
    }
    return null;
  }

  private static @Nullable DocumentType<?> typeOf(Class<?> clazz) {
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType().isAssignableFrom(clazz)) {
        return type;
      }
    }
    return null;
  }
}
