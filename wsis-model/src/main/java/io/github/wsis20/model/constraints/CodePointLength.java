package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.CodePointLengthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is {@link #min()} to {@link #max()} characters long, counted in Unicode code
 * points as JSON Schema counts them: a character outside the Basic Multilingual Plane (an emoji,
 * a rare CJK ideograph) is one character, not the two {@code char}s of its UTF-16 form, so
 * {@code @Size} would over-count it. {@code null} is valid.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CodePointLengthValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CodePointLength.List.class)
public @interface CodePointLength {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.CodePointLength.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The fewest code points.
   *
   * @return the minimum, 0 by default
   */
  int min() default 0;

  /**
   * The most code points.
   *
   * @return the maximum, unbounded by default
   */
  int max() default Integer.MAX_VALUE;

  /** Several {@link CodePointLength} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    CodePointLength[] value();
  }
}
