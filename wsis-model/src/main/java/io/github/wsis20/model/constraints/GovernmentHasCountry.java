package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.GovernmentHasCountryValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link io.github.wsis20.model.contribution.Stakeholder} of the
 * {@link io.github.wsis20.model.contribution.StakeholderGroup#GOVERNMENT GOVERNMENT} group names its
 * country. Declared on the class, so that a framework that validates a contribution sees it too;
 * the violation lies on the property {@code country}, the member to fix.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = GovernmentHasCountryValidator.class)
@Target({TYPE, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(GovernmentHasCountry.List.class)
public @interface GovernmentHasCountry {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.GovernmentHasCountry.message}";

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

  /** Several {@link GovernmentHasCountry} constraints on one element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    GovernmentHasCountry[] value();
  }
}
