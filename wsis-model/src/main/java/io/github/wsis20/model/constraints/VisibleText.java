package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.VisibleTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text, when present, holds at least one visible character: one that is not white
 * space, not a control, format or other default-ignorable character (U+200B ZERO WIDTH SPACE,
 * U+FEFF, U+3164 HANGUL FILLER, the variation selectors, the tag characters...), not a combining
 * mark (which is drawn only on a base character) and not U+2800 BRAILLE PATTERN BLANK. The empty
 * text has none. Which code points these are is frozen at Unicode 13.0.0 and bundled with the
 * model, so the verdict does not depend on the JDK. {@code null} is valid.
 *
 * <p>Stricter than {@link NotBlankText}, which looks for any character that is not white space:
 * a text made only of invisible characters is blank to a reader, and would pass as a title that
 * nobody can see.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(VisibleText.List.class)
public @interface VisibleText {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.VisibleText.message}";

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

  /** Several {@link VisibleText} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    VisibleText[] value();
  }
}
