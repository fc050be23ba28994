package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadLimits;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The auto-configuration: what it gives, how it is configured, and that every bean yields to the
 * application's own.
 */
class AutoConfigurationTest {
  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AbaAutoConfiguration.class,
          AbaWebMvcAutoConfiguration.class, ValidationAutoConfiguration.class));

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AbaAutoConfiguration.class,
          AbaWebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
          WebMvcAutoConfiguration.class, ValidationAutoConfiguration.class));

  @Test
  void defaults_builtInFrameworks_defaultLimits_abaScore1() {
    plain.run(context -> {
      assertThat(context.getBean(FrameworkRegistry.class).ids())
          .containsExactlyElementsOf(FrameworkRegistry.builtIn().ids());
      assertThat(context.getBean(AbaJson.class).getLimits().toString())
          .isEqualTo(ReadLimits.defaults().toString());
      assertThat(context.getBean(Scorer.class).getRules().getId()).isEqualTo("aba-score-1");
      assertThat(context.getBean(Scorer.class).getRegistry())
          .isSameAs(context.getBean(FrameworkRegistry.class));
    });
  }

  @Test
  void notAWebApplication_noConverterAndNoHandler() {
    plain.run(context -> {
      assertThat(context).doesNotHaveBean(AbaHttpMessageConverter.class);
      assertThat(context).doesNotHaveBean(AbaProblemHandler.class);
    });
  }

  @Test
  void limits_fromProperties() {
    plain.withPropertyValues("aba.json.max-document-bytes=4096", "aba.json.max-nesting-depth=8",
        "aba.json.max-string-length=100", "aba.json.max-number-length=20",
        "aba.json.max-array-items=50", "aba.json.max-values=1000").run(context -> {
          ReadLimits limits = context.getBean(AbaJson.class).getLimits();
          assertThat(limits.getMaxDocumentBytes()).isEqualTo(4096);
          assertThat(limits.getMaxNestingDepth()).isEqualTo(8);
          assertThat(limits.getMaxStringLength()).isEqualTo(100);
          assertThat(limits.getMaxNumberLength()).isEqualTo(20);
          assertThat(limits.getMaxArrayItems()).isEqualTo(50);
          assertThat(limits.getMaxValues()).isEqualTo(1000);
        });
  }

  @Test
  void limitOutOfRange_failsTheStart() {
    plain.withPropertyValues("aba.json.max-nesting-depth=0").run(context ->
        assertThat(context).hasFailed());
  }

  @Test
  void localFrameworks_registeredBesideTheBuiltIns_andUsedByEveryBean() {
    plain.withPropertyValues("aba.frameworks=classpath:frameworks/*.json").run(context -> {
      FrameworkRegistry registry = context.getBean(FrameworkRegistry.class);
      assertThat(registry.find("leeds-local-2026")).isPresent();
      assertThat(registry.find(Frameworks.aba2020().getId())).isPresent();
      assertThat(context.getBean(AbaJson.class).getRegistry()).isSameAs(registry);
      assertThat(context.getBean(Scorer.class).getRegistry()).isSameAs(registry);
    });
  }

  @Test
  void localFrameworkLocationMatchingNothing_failsTheStartNamingIt() {
    plain.withPropertyValues("aba.frameworks=classpath:frameworks/no-such-file.json")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("no framework file at classpath:frameworks/no-such-file.json"));
  }

  @Test
  void localFrameworkFileNotValid_failsTheStartListingItsIssues() {
    plain.withPropertyValues("aba.frameworks=classpath:documents/assessment-contract-example.json")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("is not a valid framework")
            .hasMessageContaining("UNKNOWN_FIELD"));
  }

  @Test
  void localFrameworkRepeatingAnId_failsTheStart() {
    plain.withPropertyValues(
        "aba.frameworks=classpath:frameworks/leeds-local-2026.json,classpath:frameworks/*.json")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("frameworks/leeds-local-2026.json] cannot be registered: "
                + "framework id 'leeds-local-2026' is registered more than once"));
  }

  @Test
  void applicationsOwnBeans_win() {
    plain.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context.getBean(FrameworkRegistry.class)).isSameAs(OwnBeans.REGISTRY);
      assertThat(context.getBean(AbaJson.class)).isSameAs(OwnBeans.JSON);
      assertThat(context.getBean(Scorer.class).getRegistry()).isSameAs(OwnBeans.REGISTRY);
    });
    web.withUserConfiguration(OwnBeans.class, OwnWebBeans.class).run(context -> {
      assertThat(context.getBean(AbaHttpMessageConverter.class)).isSameAs(OwnWebBeans.CONVERTER);
      assertThat(context.getBean(AbaProblemHandler.class)).isSameAs(OwnWebBeans.HANDLER);
      assertThat(serverConverters(context.getBean(RequestMappingHandlerAdapter.class)))
          .contains(OwnWebBeans.CONVERTER);
    });
  }

  @Test
  void webApplication_theConverterComesBeforeSpringsJsonConverter() {
    web.run(context -> {
      List<HttpMessageConverter<?>> converters =
          serverConverters(context.getBean(RequestMappingHandlerAdapter.class));
      AbaHttpMessageConverter ours = context.getBean(AbaHttpMessageConverter.class);
      int index = converters.indexOf(ours);
      assertThat(index).isNotNegative();
      for (int i = 0; i < index; i++) {
        assertThat(converters.get(i).getSupportedMediaTypes())
            .as("converter %s before ours", converters.get(i))
            .noneMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON)
                && !type.isWildcardType());
      }
      assertThat(converters.subList(index + 1, converters.size()))
          .anyMatch(c -> c.getClass().getSimpleName().contains("Jackson"));
    });
  }

  @Test
  void webApplication_theConverterIsRegisteredOnce() {
    web.run(context -> assertThat(
        serverConverters(context.getBean(RequestMappingHandlerAdapter.class)))
        .filteredOn(AbaHttpMessageConverter.class::isInstance).hasSize(1));
    web.withUserConfiguration(OwnBeans.class, OwnWebBeans.class).run(context -> assertThat(
        serverConverters(context.getBean(RequestMappingHandlerAdapter.class)))
        .filteredOn(AbaHttpMessageConverter.class::isInstance).hasSize(1));
  }

  @Test
  void webApplication_theConverterComesBeforeAJsonConverterBeanOfTheApplication() {
    web.withUserConfiguration(OwnJsonConverter.class).run(context -> {
      List<HttpMessageConverter<?>> converters =
          serverConverters(context.getBean(RequestMappingHandlerAdapter.class));
      assertThat(converters.indexOf(context.getBean(AbaHttpMessageConverter.class)))
          .isNotNegative()
          .isLessThan(converters.indexOf(context.getBean(JacksonJsonHttpMessageConverter.class)));
    });
  }

  /** What a plain Jakarta Validator (the framework rules over the built-in frameworks) refuses. */
  private static Assessment localAssessment() {
    return AbaJson.builder().registry(localRegistry()).build()
        .read(ConsumerHttpTest.bytes("documents/assessment-local-framework.json"),
            DocumentType.ASSESSMENT)
        .getDocument().orElseThrow();
  }

  private static FrameworkRegistry localRegistry() {
    return FrameworkRegistry.builtIn().with(AbaJson.standard()
        .read(ConsumerHttpTest.bytes("frameworks/leeds-local-2026.json"), DocumentType.FRAMEWORK)
        .getDocument().orElseThrow());
  }

  private static jakarta.validation.Validator jakartaValidator(
      org.springframework.validation.Validator validator) {
    return ((SmartValidator) validator).unwrap(jakarta.validation.Validator.class);
  }

  @Test
  void withoutBootsValidation_springMvcsOwnValidatorKnowsTheLocalFrameworks() {
    // A Boot application without spring-boot-validation (aba-core brings Hibernate Validator, the
    // Tomcat starter an EL): Spring MVC makes its own validator for @Valid.
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AbaAutoConfiguration.class,
            AbaWebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            WebMvcAutoConfiguration.class))
        .withPropertyValues("aba.frameworks=classpath:frameworks/*.json")
        .run(context -> {
          assertThat(context).doesNotHaveBean(jakarta.validation.Validator.class);
          jakarta.validation.Validator mvc = jakartaValidator(context.getBean("mvcValidator",
              org.springframework.validation.Validator.class));
          assertThat(mvc.validate(localAssessment())).isEmpty();
          assertThat(mvc.validate(Assessment.builder().from(localAssessment())
              .addRatings(Rating.of("no-such-action", 2)).build())).hasSize(1);
        });
  }

  @Test
  void aValidatorBeanOfTheApplication_madeBySpring_knowsTheLocalFrameworks() {
    plain.withPropertyValues("aba.frameworks=classpath:frameworks/*.json")
        .withUserConfiguration(OwnValidator.class).run(context -> {
          assertThat(context.getBean(jakarta.validation.Validator.class))
              .isSameAs(context.getBean("ownValidator"));
          assertThat(context.getBean(jakarta.validation.Validator.class).validate(localAssessment()))
              .isEmpty();
        });
  }

  @Test
  void anAbaJsonOfTheApplication_theValidatorAndTheScorerUseItsRegistry() {
    AbaJson own = AbaJson.builder().registry(localRegistry()).build();
    plain.withBean(AbaJson.class, () -> own).run(context -> {
      assertThat(context.getBean(jakarta.validation.Validator.class).validate(localAssessment()))
          .isEmpty();
      assertThat(context.getBean(Scorer.class).getRegistry()).isSameAs(own.getRegistry());
      assertThat(context.getBean(Scorer.class).score(localAssessment()).getFramework())
          .isEqualTo("leeds-local-2026");
    });
  }

  private static List<HttpMessageConverter<?>> serverConverters(
      RequestMappingHandlerAdapter adapter) {
    return adapter.getMessageConverters();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final FrameworkRegistry REGISTRY = FrameworkRegistry.of(Frameworks.aba2020());
    static final AbaJson JSON = AbaJson.builder().registry(REGISTRY).build();

    @Bean
    FrameworkRegistry registry() {
      return REGISTRY;
    }

    @Bean
    AbaJson json() {
      return JSON;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnJsonConverter {
    @Bean
    JacksonJsonHttpMessageConverter ownJsonConverter() {
      return new JacksonJsonHttpMessageConverter();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnValidator {
    @Bean
    LocalValidatorFactoryBean ownValidator() {
      return new LocalValidatorFactoryBean();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnWebBeans {
    static final AbaHttpMessageConverter CONVERTER = new AbaHttpMessageConverter(OwnBeans.JSON);
    static final AbaProblemHandler HANDLER = new AbaProblemHandler(OwnBeans.JSON);

    @Bean
    AbaHttpMessageConverter converter() {
      return CONVERTER;
    }

    @Bean
    AbaProblemHandler handler() {
      return HANDLER;
    }
  }
}
