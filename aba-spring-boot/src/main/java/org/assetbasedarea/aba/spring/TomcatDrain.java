package org.assetbasedarea.aba.spring;

import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Lets Tomcat drain a refused body up to twice the document limit, so that its client reads the
 * 413: past {@code max-swallow-size} (2 MB by default, below the 8 MiB document limit) Tomcat
 * closes the connection under a client still sending, which may then see a reset instead of the
 * answer. Ordered after Spring Boot's own Tomcat customizer, whose default it raises; an
 * application that sets {@code server.tomcat.max-swallow-size} itself keeps its value.
 */
final class TomcatDrain implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
    Ordered {
  /** The property that, when the application sets it, leaves the drain as it says. */
  static final String PROPERTY = "server.tomcat.max-swallow-size";

  private final int maxDocumentBytes;
  private final boolean setByTheApplication;

  TomcatDrain(int maxDocumentBytes, boolean setByTheApplication) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.setByTheApplication = setByTheApplication;
  }

  /** @return the drain this customizer sets at least: twice the limit, at most Integer.MAX_VALUE */
  int drainBytes() {
    return (int) Math.min(Integer.MAX_VALUE, 2L * maxDocumentBytes);
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    if (setByTheApplication) {
      return;
    }
    factory.addConnectorCustomizers(connector -> {
      ProtocolHandler handler = connector.getProtocolHandler();
      if (handler instanceof AbstractHttp11Protocol<?> http) {
        int current = http.getMaxSwallowSize();
        if (current >= 0 && current < drainBytes()) {
          http.setMaxSwallowSize(drainBytes());
        }
      }
    });
  }

  @Override
  public int getOrder() {
    // After TomcatWebServerFactoryCustomizer (order 0), so its connector customizer (which sets
    // server.tomcat.max-swallow-size, 2 MB when unset) runs before this one.
    return 1;
  }
}
