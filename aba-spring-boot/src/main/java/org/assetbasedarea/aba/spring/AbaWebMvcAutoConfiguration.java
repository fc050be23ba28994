package org.assetbasedarea.aba.spring;

import org.assetbasedarea.aba.json.AbaJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * aba in a Spring MVC application: every aba document in a request or response body is read and
 * written by {@link AbaHttpMessageConverter} (ahead of the JSON converter Spring Boot configures,
 * whose mapper is lenient), and a rejected document is answered by {@link AbaProblemHandler}. Each
 * yields to a bean of its type that the application defines.
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
   * @param converter the converter of aba documents
   * @return a customizer placing it ahead of the server's default converters
   */
  @Bean
  public ServerHttpMessageConvertersCustomizer abaServerHttpMessageConvertersCustomizer(
      AbaHttpMessageConverter converter) {
    return builder -> builder.addCustomConverter(converter);
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
}
