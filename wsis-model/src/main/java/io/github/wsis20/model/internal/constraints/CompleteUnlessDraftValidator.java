package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.CompleteUnlessDraft;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CompleteUnlessDraft}, with one violation on each missing member. Internal: not API.
 */
public final class CompleteUnlessDraftValidator implements ConstraintValidator<CompleteUnlessDraft, Contribution> {

  /** Creates the validator. */
  public CompleteUnlessDraftValidator() {}

  @Override
  public boolean isValid(Contribution value, ConstraintValidatorContext context) {
    if (value == null || value.getStatus() == null || value.getStatus() == ContributionStatus.DRAFT) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    if (value.getSubmittedAt().isEmpty()) {
      valid = missing(context, "submittedAt");
    }
    if (value.getActionLines().isEmpty()) {
      valid = missing(context, "actionLines");
    }
    if (value.getSummary().isEmpty()) {
      valid = missing(context, "summary");
    }
    return valid;
  }

  private static boolean missing(ConstraintValidatorContext context, String property) {
    // The template is the constant default, never built from the payload: nothing of a
    // contribution reaches a provider's message interpolation.
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
