/**
 * The validators behind the model's constraint annotations, and the ISO code lists they read.
 * Internal: not API, not exported, may change without notice. The package is opened so that any
 * Jakarta Validation provider can instantiate the validators reflectively; they depend on nothing
 * but the Jakarta Validation API.
 */
package io.github.wsis20.model.internal.constraints;
