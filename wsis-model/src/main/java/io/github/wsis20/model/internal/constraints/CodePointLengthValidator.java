package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.CodePointLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CodePointLength}. Internal: not API. */
public final class CodePointLengthValidator implements ConstraintValidator<CodePointLength, CharSequence> {
  private int min;
  private int max;

  /** Creates the validator; the provider initialises it. */
  public CodePointLengthValidator() {}

  @Override
  public void initialize(CodePointLength constraint) {
    if (constraint.min() < 0 || constraint.max() < constraint.min()) {
      throw new IllegalArgumentException("@CodePointLength needs 0 <= min <= max");
    }
    this.min = constraint.min();
    this.max = constraint.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    // Every code point has one or two chars: only a text whose char count lies between min and
    // twice max needs its code points counted.
    int chars = value.length();
    if (chars < min || chars > 2L * max) {
      return false;
    }
    if (chars <= max && chars >= 2L * min) {
      return true;
    }
    int length = Character.codePointCount(value, 0, chars);
    return length >= min && length <= max;
  }
}
