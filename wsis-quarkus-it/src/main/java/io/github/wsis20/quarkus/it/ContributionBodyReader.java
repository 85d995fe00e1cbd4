package io.github.wsis20.quarkus.it;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Reads a JSON request body into a {@link Contribution} with the SDK's reader, and answers a body
 * that is not a valid contribution with its {@link Problem}: 422, every violation, in the first
 * UN language of {@code Accept-Language}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionBodyReader implements MessageBodyReader<Contribution> {
  // One reader for every request: it is immutable and thread-safe.
  private static final ContributionReader READER = ContributionReader.standard();

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Contribution.class.isAssignableFrom(type);
  }

  @Override
  public Contribution readFrom(Class<Contribution> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
    Locale locale = Problem.negotiateLocale(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    ReadResult<Contribution> result = READER.read(body, locale);
    if (!result.isValid()) {
      Problem problem = Problem.of(result.getReport());
      throw new WebApplicationException(Response.status(problem.getStatus())
          .type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
          .entity(problem.toJson()).build());
    }
    return result.getValue().orElseThrow();
  }
}
