package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.LanguageTagValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a well-formed BCP 47 language tag (RFC 5646 syntax, any case) whose
 * primary language subtag is a known ISO 639 language: a 2-letter ISO 639-1 code or a 3-letter
 * ISO 639-2 or ISO 639-3 code ({@code "en"}, {@code "fr"}, {@code "zh-Hans"}, {@code "ar"},
 * {@code "gsw-CH"}). A private-use tag ({@code "x-klingon"}) or a grandfathered tag without such a
 * primary language ({@code "i-klingon"}) is well-formed but refused. The code list is bundled with
 * the model and does not depend on the JDK. {@code null} is valid.
 *
 * <p>A tag that is not well-formed is reported with this constraint's message; a well-formed tag
 * whose primary language is unknown with the message
 * {@code {io.github.wsis20.model.constraints.LanguageTag.unknownLanguage.message}}, unless
 * {@link #message()} was changed.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(LanguageTag.List.class)
public @interface LanguageTag {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.LanguageTag.message}";

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

  /** Several {@link LanguageTag} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    LanguageTag[] value();
  }
}
