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
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes every aba document type ({@link DocumentType#values()}) as JSON through {@link
 * AbaJson}: a request body is read with all of the reader's checks (strict fields, limits, the
 * document's validation, every issue at once), and a document is written byte for byte as {@link
 * AbaJson#write(Object)} writes it.
 *
 * <p>A request body that is not a valid document is a {@link RejectedDocumentException} listing
 * every issue. A response body read by a client ({@code RestClient}, {@code RestTemplate}) that is
 * not a valid document is an {@link HttpMessageNotReadableException} caused by one, so that it is
 * not answered to this application's own client as that client's invalid document. A body is read only up to {@code maxDocumentBytes} + 1 bytes: a larger one (or a larger
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
      throw rejected(inputMessage, new RejectedDocumentException(type, List.of(Issue.of("",
          IssueCode.LIMIT_EXCEEDED, "is larger than the limit of " + max + " bytes")
          .atLocation(1, 1)), true));
    }
    byte[] body;
    try (InputStream in = inputMessage.getBody()) {
      body = in.readNBytes(max + 1);
    }
    ReadResult<?> result = json.read(body, type);
    if (!result.isValid()) {
      throw rejected(inputMessage,
          new RejectedDocumentException(type, result.getIssues(), body.length > max));
    }
    return result.getDocument().orElseThrow();
  }

  /**
   * A request body is the client's fault and is answered as such; a response body (read by a
   * {@code RestClient} or {@code RestTemplate}) is not the fault of this application's own client,
   * so it is Spring's unreadable-message exception (which the clients wrap in a {@code
   * RestClientException}), with the rejection as its cause.
   */
  private static RuntimeException rejected(HttpInputMessage inputMessage,
      RejectedDocumentException rejection) {
    if (inputMessage instanceof ClientHttpResponse) {
      return new HttpMessageNotReadableException("A response body is not a valid "
          + rejection.getDocumentType() + ": " + rejection.getBody().getDetail(), rejection,
          inputMessage);
    }
    return rejection;
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
