package io.github.wsis20.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type in the SDK. Internal: not part of the API.
 *
 * <p>Accessors carry a {@code get}/{@code is} prefix so that any Jakarta Validation provider
 * sees the constraints on them as bean properties with its default settings; the builders and
 * copy methods drop the prefix ({@code builder().title(..)}, {@code withTitle(..)}). The
 * generated {@code Immutable*} classes stay package-private: users only see the abstract
 * types, their nested {@code Builder} and the generated {@code With*} interfaces.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(get = {"get*",
    "is*"}, init = "*", visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true, depluralize = true, redactedMask = "<redacted>",
    // Only @Override on generated code: @Generated would tie every user's compiler to the
    // Immutables annotations jar, which the model needs at compile time only.
    allowedClasspathAnnotations = {Override.class}, defaults = @Value.Immutable(copy = true))
public @interface WsisStyle {}
