/**
 * Validation of contributions and datasets: every rule of the contribution contract and of the
 * WSIS+20 domain, reported as a {@link io.github.wsis20.validation.ValidationReport} of
 * {@link io.github.wsis20.validation.Violation violations}, each located by a JSON Pointer,
 * identified by a stable {@link io.github.wsis20.validation.ViolationCode code} and worded in the
 * caller's language.
 */
package io.github.wsis20.validation;
