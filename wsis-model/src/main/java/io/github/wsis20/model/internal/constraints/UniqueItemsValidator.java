package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.UniqueItems;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashSet;

/** Checks {@link UniqueItems}. Internal: not API. */
public final class UniqueItemsValidator implements ConstraintValidator<UniqueItems, Collection<?>> {

  /** Creates the validator. */
  public UniqueItemsValidator() {}

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value == null || new HashSet<>(value).size() == value.size();
  }
}
