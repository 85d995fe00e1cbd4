/**
 * The WSIS+20 review as data: {@link io.github.wsis20.model.Body bodies} adopt
 * {@link io.github.wsis20.model.Instrument instruments} whose operative clauses are
 * {@link io.github.wsis20.model.Mandate mandates}; a mandate asks for
 * {@link io.github.wsis20.model.Deliverable deliverables} that travel along a
 * {@link io.github.wsis20.model.Route route} and are {@link io.github.wsis20.model.Due due} at a
 * date, in a month or year, or at a {@link io.github.wsis20.model.Session session}, and are
 * delivered where a {@link io.github.wsis20.model.Fulfilment fulfilment} records it. A
 * {@link io.github.wsis20.model.Dataset} holds a whole graph and answers questions about it, as
 * of any date: where each deliverable and mandate stands, and what superseded what.
 *
 * <p>All types are immutable, built with {@code builder()}, copied with {@code with*} methods, and
 * hold no nulls: an absent value is an empty {@link java.util.Optional} or an empty collection.
 * References between entities are ids, so a graph can be read, checked and repaired before every
 * reference resolves.
 */
@WsisStyle
package io.github.wsis20.model;

import io.github.wsis20.model.internal.WsisStyle;
