package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.NoFormattingCharactersValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text holds no explicit bidirectional formatting character and no tag character
 * outside an emoji flag:
 *
 * <ul>
 *   <li>the embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069, which
 *       reorder the text that follows them up to the end of its paragraph, so that what a reader
 *       sees is not what the text says (the marks U+200E, U+200F and U+061C, which set the
 *       direction of neutral characters and reorder nothing beyond them, are allowed);
 *   <li>the tag characters U+E0000 to U+E007F, which are invisible and can carry a hidden text,
 *       except in the emoji tag sequence of a subdivision flag (Unicode Technical Standard #51):
 *       U+1F3F4 WAVING BLACK FLAG, 3 to 7 tag digits or small tag letters, U+E007F CANCEL TAG, as
 *       in the flags of England, Scotland and Wales.
 * </ul>
 *
 * <p>{@code null} is valid.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = NoFormattingCharactersValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(NoFormattingCharacters.List.class)
public @interface NoFormattingCharacters {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.NoFormattingCharacters.message}";

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

  /** Several {@link NoFormattingCharacters} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    NoFormattingCharacters[] value();
  }
}
