/**
 * Internals of {@code io.github.wsis20.io}: not API, not exported, may change in any release.
 *
 * <p>The wire formats are described once, as data: {@link io.github.wsis20.io.internal.ContributionWire} and
 * {@link io.github.wsis20.io.internal.DatasetWire} compose {@link io.github.wsis20.io.internal.WireType}s into objects
 * and lists. The binder ({@link io.github.wsis20.io.internal.Document}), the canonical writers, the CSV layout and the
 * Jackson module derive from them; a new version of the contribution format is a description of its own, registered in
 * {@code ContributionWire}.
 */
package io.github.wsis20.io.internal;
