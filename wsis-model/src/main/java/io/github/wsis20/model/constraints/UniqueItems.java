package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.UniqueItemsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated collection holds no item twice, by {@link Object#equals(Object)}; texts are
 * compared in Unicode Normalization Form C, so that two canonically equivalent texts (an
 * {@code é} written as one character or as {@code e} and U+0301 COMBINING ACUTE ACCENT) are the
 * same item, as they are the same text to a reader. Case and every other difference count.
 * {@code null} is valid.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = UniqueItemsValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(UniqueItems.List.class)
public @interface UniqueItems {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.UniqueItems.message}";

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

  /** Several {@link UniqueItems} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    UniqueItems[] value();
  }
}
