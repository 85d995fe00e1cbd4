package io.github.wsis20.spring.boot;

import io.github.wsis20.io.ContributionFormat;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.validation.ContributionValidator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SDK in a Spring Boot application: one {@link ContributionValidator} and one reader per
 * format, built once from {@link WsisProperties} and shared; in a servlet web application, the
 * {@link ContributionHttpMessageConverter} that reads request bodies with them and the
 * {@link ContributionProblemHandler} that answers a refused body with its whole report.
 *
 * <p>Every bean gives way to one of the application's own: a bean of the same type, or for the
 * YAML reader (a second {@link ContributionReader}, which is no default candidate for injection
 * by type) a bean named {@value #YAML_READER}.
 */
@AutoConfiguration
@EnableConfigurationProperties(WsisProperties.class)
public class WsisAutoConfiguration {
  /** The name of the YAML reader's bean. */
  public static final String YAML_READER = "yamlContributionReader";

  /** Creates the configuration. */
  public WsisAutoConfiguration() {}

  /**
   * The validator, with the review processes of {@code wsis.review-processes}.
   *
   * @param properties the settings
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  public ContributionValidator contributionValidator(WsisProperties properties) {
    return ContributionValidator.builder().reviewProcesses(properties.getReviewProcesses()).build();
  }

  /**
   * The JSON reader, with the limits of {@code wsis.read}.
   *
   * @param validator the validator
   * @param properties the settings
   * @return the reader
   */
  @Bean
  @ConditionalOnMissingBean
  public ContributionReader contributionReader(ContributionValidator validator, WsisProperties properties) {
    return ContributionReader.builder().validator(validator).limits(properties.getRead().toReadLimits()).build();
  }

  /**
   * The YAML reader, with the JSON reader's validator and limits. Not a default candidate, so
   * that injecting a {@link ContributionReader} by type gives the JSON reader; ask for this one by
   * {@code @Qualifier(WsisAutoConfiguration.YAML_READER)}.
   *
   * @param validator the validator
   * @param properties the settings
   * @return the reader
   */
  @Bean(name = YAML_READER, defaultCandidate = false)
  @ConditionalOnMissingBean(name = YAML_READER)
  public ContributionReader yamlContributionReader(ContributionValidator validator, WsisProperties properties) {
    return ContributionReader.builder().format(ContributionFormat.YAML).validator(validator)
        .limits(properties.getRead().toReadLimits()).build();
  }

  /**
   * The NDJSON reader, reading each line with the JSON reader.
   *
   * @param reader the JSON reader
   * @return the NDJSON reader
   */
  @Bean
  @ConditionalOnMissingBean
  public NdjsonReader ndjsonReader(ContributionReader reader) {
    return NdjsonReader.of(reader);
  }

  /** What a servlet web application gets: the message converter and the problem handler. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  public static class Web {
    /** Creates the configuration. */
    public Web() {}

    /**
     * The converter that reads request bodies with the SDK; Spring Boot puts it before its own.
     *
     * @param json the JSON reader
     * @param yaml the YAML reader
     * @param ndjson the NDJSON reader
     * @param properties the settings
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public ContributionHttpMessageConverter contributionHttpMessageConverter(ContributionReader json,
        @Qualifier(YAML_READER) ContributionReader yaml, NdjsonReader ndjson, WsisProperties properties) {
      return new ContributionHttpMessageConverter(json, yaml, ndjson, properties.getRead().getMaxRecords());
    }

    /**
     * The handler that answers a refused body with its problem.
     *
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public ContributionProblemHandler contributionProblemHandler() {
      return new ContributionProblemHandler();
    }
  }
}
