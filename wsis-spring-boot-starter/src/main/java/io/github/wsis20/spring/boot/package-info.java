/**
 * Spring Boot auto-configuration of the WSIS+20 SDK: {@link io.github.wsis20.spring.boot.WsisAutoConfiguration}
 * provides the shared readers, {@link io.github.wsis20.spring.boot.ContributionHttpMessageConverter}
 * reads {@code @RequestBody Contribution} (JSON, YAML) and {@code List<Contribution>} (NDJSON) with
 * them, and {@link io.github.wsis20.spring.boot.ContributionProblemHandler} answers a refused payload
 * with every violation of its report in an RFC 9457 {@code ProblemDetail}, status 422, in the
 * language of {@code Accept-Language}. Settings: {@link io.github.wsis20.spring.boot.WsisProperties}.
 */
package io.github.wsis20.spring.boot;
