/**
 * Jakarta Validation constraints that the model declares on its types. Each holds under any
 * provider with default settings; the {@code wsis-validation} module adds the rules that tie
 * fields and entities together.
 */
package io.github.wsis20.model.constraints;
