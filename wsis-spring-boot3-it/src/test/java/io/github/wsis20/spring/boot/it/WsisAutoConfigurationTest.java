package io.github.wsis20.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.io.ContributionFormat;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.spring.boot.ContributionHttpMessageConverter;
import io.github.wsis20.spring.boot.ContributionProblemHandler;
import io.github.wsis20.spring.boot.WsisAutoConfiguration;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.ContributionValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Each bean of the starter, and that each gives way to the application's own. */
class WsisAutoConfigurationTest {
  final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WsisAutoConfiguration.class));

  @Test
  void webApplication_getsReadersConverterAndHandler() {
    web.run(context -> {
      assertThat(context).hasSingleBean(ContributionValidator.class).hasSingleBean(NdjsonReader.class)
          .hasSingleBean(ContributionHttpMessageConverter.class).hasSingleBean(ContributionProblemHandler.class);
      assertThat(context.getBean(ContributionReader.class).getFormat()).isEqualTo(ContributionFormat.JSON);
      assertThat(context.getBean(WsisAutoConfiguration.YAML_READER, ContributionReader.class).getFormat())
          .isEqualTo(ContributionFormat.YAML);
    });
  }

  @Test
  void applicationWithoutWeb_getsReadersAlone() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WsisAutoConfiguration.class))
        .run(context -> {
          assertThat(context.getBean(ContributionReader.class).getFormat()).isEqualTo(ContributionFormat.JSON);
          assertThat(context).doesNotHaveBean(ContributionHttpMessageConverter.class)
              .doesNotHaveBean(ContributionProblemHandler.class);
        });
  }

  @Test
  void readLimitsProperties_reachTheReaders() {
    web.withPropertyValues("wsis.read.max-document-bytes=4096", "wsis.read.max-violations=7").run(context -> {
      assertThat(context.getBean(ContributionReader.class).getLimits().getMaxDocumentBytes()).isEqualTo(4096);
      assertThat(context.getBean(WsisAutoConfiguration.YAML_READER, ContributionReader.class).getLimits()
          .getMaxViolations()).isEqualTo(7);
    });
  }

  @Test
  void applicationsValidator_replacesTheStartersAndReadsWithIt() {
    ContributionValidator own = ContributionValidator.builder().reviewProcesses(List.of("own")).build();
    web.withBean(ContributionValidator.class, () -> own).run(context -> {
      assertThat(context.getBean(ContributionValidator.class)).isSameAs(own);
      String payload = Samples.contractExampleJson().replace("\"wsis+20\"", "\"own\"");
      assertThat(context.getBean(ContributionReader.class).read(payload.getBytes(StandardCharsets.UTF_8)).isValid())
          .isTrue();
    });
  }

  @Test
  void applicationsReader_replacesTheJsonReader() {
    ContributionReader own = ContributionReader.builder().build();
    web.withBean(ContributionReader.class, () -> own).run(context -> {
      assertThat(context.getBean(ContributionReader.class)).isSameAs(own);
      assertThat(context.getBean(WsisAutoConfiguration.YAML_READER, ContributionReader.class)).isNotSameAs(own);
    });
  }

  @Test
  void applicationsConverterAndHandler_replaceTheStarters() {
    ContributionHttpMessageConverter converter = new ContributionHttpMessageConverter(ContributionReader.standard(),
        ContributionReader.yaml(), NdjsonReader.standard(), 1);
    ContributionProblemHandler handler = new ContributionProblemHandler();
    web.withBean(ContributionHttpMessageConverter.class, () -> converter)
        .withBean(ContributionProblemHandler.class, () -> handler).run(context -> {
          assertThat(context.getBean(ContributionHttpMessageConverter.class)).isSameAs(converter);
          assertThat(context.getBean(ContributionProblemHandler.class)).isSameAs(handler);
        });
  }

  @Test
  void autoConfiguration_isListedForSpringBoot() throws Exception {
    try (var in = WsisAutoConfiguration.class.getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(WsisAutoConfiguration.class.getName());
    }
  }
}
