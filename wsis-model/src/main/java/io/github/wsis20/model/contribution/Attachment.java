package io.github.wsis20.model.contribution;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.HttpsUri;
import io.github.wsis20.model.constraints.MediaType;
import io.github.wsis20.model.constraints.NoControlCharacters;
import io.github.wsis20.model.constraints.NoFormattingCharacters;
import io.github.wsis20.model.constraints.Sha256Digest;
import io.github.wsis20.model.constraints.VisibleText;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file that goes with a contribution, by reference: where it is ({@code https} only), its media
 * type, and optionally its SHA-256 digest and a title.
 */
@Value.Immutable
public abstract class Attachment implements WithAttachment {

  Attachment() {}

  /**
   * Where the file is: an absolute {@code https} URI, without user information, with a port of 1
   * to 65535 if any, and without invisible characters.
   *
   * @return the URI, as given
   */
  @NotNull
  @HttpsUri
  public abstract String getUri();

  /**
   * The file's media type, {@code type/subtype} (RFC 6838): {@code "application/pdf"}.
   *
   * @return the media type, as given
   */
  @NotNull
  @MediaType
  public abstract String getMediaType();

  /**
   * The file's SHA-256 digest: 64 lower-case hexadecimal digits.
   *
   * @return the digest, if given
   */
  public abstract Optional<@Sha256Digest String> getSha256();

  /**
   * A title: 1 to 300 characters with a visible one, no control characters, no bidirectional
   * formatting or tag characters.
   *
   * @return the title, if given
   */
  public abstract Optional<@VisibleText @CodePointLength(max = 300) @NoControlCharacters @NoFormattingCharacters String> getTitle();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attachment}. */
  public static final class Builder extends ImmutableAttachment.Builder {
    Builder() {}
  }
}
