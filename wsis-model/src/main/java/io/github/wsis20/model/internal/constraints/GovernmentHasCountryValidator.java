package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.GovernmentHasCountry;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GovernmentHasCountry}, reporting on {@code country}, the member to fix. Internal: not API. */
public final class GovernmentHasCountryValidator implements ConstraintValidator<GovernmentHasCountry, Stakeholder> {

  /** Creates the validator. */
  public GovernmentHasCountryValidator() {}

  @Override
  public boolean isValid(Stakeholder value, ConstraintValidatorContext context) {
    if (value == null || value.getStakeholderGroup() != StakeholderGroup.GOVERNMENT || value.getCountry().isPresent()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("country")
        .addConstraintViolation();
    return false;
  }
}
