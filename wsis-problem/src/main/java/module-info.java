/**
 * The RFC 9457 problem document of a refused contribution, for services that answer HTTP requests:
 * one mapping from the SDK's report, written as {@code application/problem+json}.
 */
module io.github.wsis20.problem {
  requires transitive io.github.wsis20.validation;
  requires com.fasterxml.jackson.core;

  exports io.github.wsis20.problem;
}
