/**
 * Internal support of the model module: not API, not exported, may change without notice.
 */
package io.github.wsis20.model.internal;
