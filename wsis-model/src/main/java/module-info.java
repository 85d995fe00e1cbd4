/**
 * The WSIS+20 domain model: immutable value types for the review's bodies, instruments, mandates,
 * deliverables, sessions, codelists and contributions. Depends at run time on nothing but the
 * Jakarta Validation API, whose constraints the types declare.
 */
module io.github.wsis20.model {
  requires transitive jakarta.validation;
  // Compile time only, and not handed on: a modular user's build must not need the annotations.
  requires static org.immutables.value.annotations;

  exports io.github.wsis20.model;
  exports io.github.wsis20.model.constraints;
  exports io.github.wsis20.model.contribution;
  exports io.github.wsis20.model.symbol;

  // Jakarta Validation providers instantiate the constraint validators reflectively; the package
  // is not API, so it is opened rather than exported.
  opens io.github.wsis20.model.internal.constraints;
}
