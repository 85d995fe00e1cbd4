/**
 * Problem documents (RFC 9457) for services that read contributions: {@link
 * io.github.wsis20.problem.Problem} maps a report, or a refused request, to the document a service
 * answers with, in the caller's language.
 */
package io.github.wsis20.problem;
