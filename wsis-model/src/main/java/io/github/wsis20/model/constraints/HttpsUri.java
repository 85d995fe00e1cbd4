package io.github.wsis20.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wsis20.model.internal.constraints.HttpsUriValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an absolute {@code https} URI with a host that parses as RFC 3986
 * ({@link java.net.URI}): {@code "https://example.org/input.pdf"}. Relative references, other
 * schemes and URIs without a registered host name or address are refused, and so are:
 *
 * <ul>
 *   <li>user information ({@code https://user:password@example.org/}): a password has no place in
 *       a published link, and {@code https://trusted.example@other.example/} goes elsewhere than
 *       it seems to;
 *   <li>a port outside 1 to 65535 (an empty port, {@code https://example.org:/}, is the default);
 *   <li>a host name of more than 253 characters (a final dot not counted) or with a label of more
 *       than 63 (RFC 1035);
 *   <li>any control, format or default-ignorable character (bidi overrides, zero-width spaces,
 *       U+FEFF...), which {@link java.net.URI} lets into the path unseen: percent-encode them.
 * </ul>
 *
 * <p>The scheme is compared in ASCII, any case. {@code null} is valid.
 */
// The validator lives in a package that is opened, not exported: providers instantiate it
// reflectively, and users never need to name it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = HttpsUriValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(HttpsUri.List.class)
public @interface HttpsUri {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.wsis20.model.constraints.HttpsUri.message}";

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

  /** Several {@link HttpsUri} constraints on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    HttpsUri[] value();
  }
}
