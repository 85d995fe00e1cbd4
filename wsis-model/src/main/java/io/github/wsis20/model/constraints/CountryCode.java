package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an officially assigned ISO 3166-1 alpha-3 country code in capitals
 * ({@code "KEN"}, {@code "CHE"}). Reserved, transitional and user-assigned codes are refused. The
 * code list is bundled with the model and does not depend on the JDK. {@code null} is valid.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CountryCode.List.class)
public @interface CountryCode {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.CountryCode.message}";

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

  /** Several {@link CountryCode} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    CountryCode[] value();
  }
}
