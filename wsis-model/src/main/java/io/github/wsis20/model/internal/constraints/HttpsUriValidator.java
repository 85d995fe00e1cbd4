package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.HttpsUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks {@link HttpsUri}. Internal: not API. */
public final class HttpsUriValidator implements ConstraintValidator<HttpsUri, CharSequence> {

  /** Creates the validator. */
  public HttpsUriValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    URI uri;
    try {
      uri = new URI(value.toString());
    } catch (URISyntaxException e) {
      return false;
    }
    // Schemes are case-insensitive (RFC 3986 3.1). A null host means no authority, an opaque URI,
    // or an authority java.net.URI cannot read as a server (such as a host with '_').
    return uri.isAbsolute() && "https".equalsIgnoreCase(uri.getScheme()) && !uri.isOpaque()
        && uri.getHost() != null && !uri.getHost().isEmpty();
  }
}
