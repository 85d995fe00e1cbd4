/**
 * Contributions: a {@link io.github.wsis20.model.contribution.Stakeholder stakeholder}'s input to
 * a review process, the payload of wire format 1.0 that services exchange and validate.
 */
@WsisStyle
package io.github.wsis20.model.contribution;

import io.github.wsis20.model.internal.WsisStyle;
