/**
 * Internals of {@code io.github.wsis20.io}: not API, not exported, may change in any release.
 *
 * <p>The one extension point is {@link io.github.wsis20.io.internal.SchemaBinder}: a binder per
 * version of the wire format, registered in {@link io.github.wsis20.io.internal.SchemaBinders}.
 */
package io.github.wsis20.io.internal;
