package io.github.wsis20.spring.boot;

import io.github.wsis20.validation.ValidationReport;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that is not a valid contribution, or a list of them, with the whole report.
 * {@link ContributionProblemHandler} answers it with a 422 problem; an application without that
 * handler still answers 400, as for any unreadable body.
 */
public class InvalidContributionException extends HttpMessageNotReadableException {
  private static final long serialVersionUID = 1L;

  // A report is not serializable; an exception that travels loses it, as Spring's own lose their input message.
  private final transient ValidationReport report;

  /**
   * The exception of a refused body.
   *
   * @param report the body's report, with at least one error
   * @param inputMessage the request body
   */
  public InvalidContributionException(ValidationReport report, HttpInputMessage inputMessage) {
    super("The body is not a valid contribution: " + Objects.requireNonNull(report, "report").getViolations().size()
        + " violations", inputMessage);
    this.report = report;
  }

  /**
   * Every problem of the body, with messages in the request's language.
   *
   * @return the report
   */
  public ValidationReport getReport() {
    return report;
  }
}
