/**
 * Internal support of the validation module: not API, not exported, may change without notice.
 */
package io.github.wsis20.validation.internal;
