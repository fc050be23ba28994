package org.assetbasedarea.aba.spring;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.assetbasedarea.aba.json.AbaJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * aba in a Spring MVC application: every aba document in a request or response body is read and
 * written by {@link AbaHttpMessageConverter}, and a rejected document is answered by {@link
 * AbaProblemHandler}. Each yields to a bean of its type that the application defines.
 *
 * <p>Spring Boot adds every {@code HttpMessageConverter} bean to the server's converters (and to
 * the clients' it configures), ahead of its defaults and in the beans' order; the converter's
 * {@code @Order} puts it ahead of the application's own JSON converters as well.
 */
@AutoConfiguration(after = AbaAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ServerHttpMessageConvertersCustomizer.class})
public class AbaWebMvcAutoConfiguration {
  /** Created by Spring. */
  public AbaWebMvcAutoConfiguration() {}

  /**
   * @param json the reader and writer
   * @return the converter of aba documents
   */
  @Bean
  @ConditionalOnMissingBean
  public AbaHttpMessageConverter abaHttpMessageConverter(AbaJson json) {
    return new AbaHttpMessageConverter(json);
  }

  /**
   * @param json the reader, for the issue an empty body gets
   * @return the handler answering rejected documents with problem details
   */
  @Bean
  @ConditionalOnMissingBean
  public AbaProblemHandler abaProblemHandler(AbaJson json) {
    return new AbaProblemHandler(json);
  }

  /** Tomcat drains a refused body far enough for its client to read the 413. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({ConfigurableTomcatWebServerFactory.class, AbstractHttp11Protocol.class})
  static class Tomcat {
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> abaTomcatDrain(AbaJson json,
        Environment environment) {
      return new TomcatDrain(json.getLimits().getMaxDocumentBytes(),
          environment.containsProperty(TomcatDrain.PROPERTY));
    }
  }
}
