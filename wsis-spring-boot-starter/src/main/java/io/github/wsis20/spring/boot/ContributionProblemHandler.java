package io.github.wsis20.spring.boot;

import io.github.wsis20.problem.Problem;
import io.github.wsis20.validation.ValidationReport;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a body that is not a valid contribution with an RFC 9457 {@link ProblemDetail}: status
 * 422, the SDK's {@link Problem#INVALID_CONTRIBUTION} type, title and detail in the request's
 * language, and a {@code violations} member with every problem of the report (pointer, code,
 * severity, message, line, column, arguments), as {@link Problem} writes them.
 *
 * <p>It handles {@link InvalidContributionException} alone, so it is ordered first: no other
 * advice's handler of unreadable bodies takes the report's place. Declare a bean of this type to
 * replace it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ContributionProblemHandler {
  /** Creates the handler. */
  public ContributionProblemHandler() {}

  /**
   * The answer to a refused body.
   *
   * @param exception the refusal, with its report
   * @return the 422 response with its problem
   */
  @ExceptionHandler(InvalidContributionException.class)
  public ResponseEntity<ProblemDetail> handle(InvalidContributionException exception) {
    ValidationReport report = exception.getReport();
    return ResponseEntity.status(422)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, report.getLocale().toLanguageTag())
        .body(problemDetail(Problem.of(report)));
  }

  /**
   * The SDK's problem as Spring's: the same type, title, status and detail, and its extension
   * members as properties.
   *
   * @param problem the SDK's problem
   * @return the problem detail
   */
  public static ProblemDetail problemDetail(Problem problem) {
    ProblemDetail detail = ProblemDetail.forStatus(problem.getStatus());
    detail.setType(problem.getType());
    detail.setTitle(problem.getTitle());
    detail.setDetail(problem.getDetail());
    problem.getExtensions().forEach(detail::setProperty);
    return detail;
  }
}
