package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.HttpsUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks {@link HttpsUri}. Internal: not API. */
public final class HttpsUriValidator implements ConstraintValidator<HttpsUri, CharSequence> {
  /** A host name's most characters (RFC 1035's 255 octets less the length octets), and a label's. */
  private static final int MAX_HOST = 253;
  private static final int MAX_LABEL = 63;
  private static final int MAX_PORT = 65_535;

  /** Creates the validator. */
  public HttpsUriValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    return isCommonForm(text) || isValidUri(text);
  }

  /**
   * Whether a text has the form almost every link has, checked in one pass instead of through
   * java.net.URI, which costs several times more: {@code https://}, a host name of ASCII labels
   * whose first and last start with a letter, then nothing or a path of unreserved characters and
   * {@code /}, and a query that may add {@code ?}, {@code =} and {@code &}. No port, no user
   * information, no escape, no fragment. Whatever this accepts, {@link #isValidUri} accepts too; a
   * property test proves it. Anything else is left to {@link #isValidUri}.
   */
  static boolean isCommonForm(String text) {
    int n = text.length();
    if (!text.startsWith("https://")) {
      return false;
    }
    int i = 8;
    boolean first = true;
    boolean letter;
    while (true) {
      int start = i;
      while (i < n && (Ascii.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == start || i - start > MAX_LABEL || text.charAt(start) == '-' || text.charAt(i - 1) == '-') {
        return false;
      }
      letter = !Ascii.isDigit(text.charAt(start));
      if (first && !letter) {
        return false;
      }
      first = false;
      if (i < n && text.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    if (!letter || i - 8 > MAX_HOST || i < n && text.charAt(i) != '/') {
      return false;
    }
    boolean query = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      query |= c == '?';
      if (!(Ascii.isLetterOrDigit(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || c == '?'
          || query && (c == '=' || c == '&'))) {
        return false;
      }
    }
    return true;
  }

  /** The whole check, through java.net.URI. */
  static boolean isValidUri(String text) {
    // java.net.URI takes any non-ASCII character that is neither a control nor a space, so a
    // bidi override or a zero-width space would pass into the path unseen.
    for (int i = 0; i < text.length();) {
      int c = text.codePointAt(i);
      if (InvisibleCharacters.isHidden(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return false;
    }
    // Schemes are case-insensitive (RFC 3986 3.1), in ASCII. A null host means no authority, an
    // opaque URI, or an authority java.net.URI cannot read as a server (such as a host with '_'
    // or a port beyond int).
    if (!uri.isAbsolute() || uri.isOpaque() || !Ascii.equalsIgnoreCase("https", uri.getScheme())
        || uri.getHost() == null || uri.getHost().isEmpty()) {
      return false;
    }
    // User information is refused: a password has no place in a published link, and
    // https://trusted.example@evil.example/ shows a host it does not go to. An empty port is the
    // default one (RFC 3986 3.2.3); port 0 is reserved.
    int port = uri.getPort();
    return uri.getRawUserInfo() == null && (port == -1 || (port >= 1 && port <= MAX_PORT))
        && isHostOfRightLength(uri.getHost());
  }

  private static boolean isHostOfRightLength(String host) {
    if (host.startsWith("[")) {
      // An IP literal, whose syntax java.net.URI has checked.
      return true;
    }
    int end = host.endsWith(".") ? host.length() - 1 : host.length();
    if (end > MAX_HOST) {
      return false;
    }
    for (int start = 0, dot; start <= end; start = dot + 1) {
      dot = host.indexOf('.', start);
      if (dot < 0 || dot > end) {
        dot = end;
      }
      if (dot - start > MAX_LABEL) {
        return false;
      }
    }
    return true;
  }
}
