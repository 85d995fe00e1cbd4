package io.github.wsis20.model.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The one-pass check of the common form of a link never accepts what the whole check through
 * java.net.URI refuses, and takes the links payloads usually carry.
 */
class HttpsUriCommonFormTest {
  /** Pieces of links, among them every character the common form looks at and many it refuses. */
  private static final List<String> PIECES = List.of("a", "Z", "q", "9", "0", "-", "--", ".", "..", "_", "~", "/",
      "//", "?", "=", "&", ":", ":443", "@", "%", "%20", "#", "[", "]", "[::1]", "example", "org", "xn--p1ai", "1.2",
      "127.0.0.1", " ", "\t", "+", "!", "'", "(", ";", ",", "\u202E", "\u200B", "\u00E9", "\uD83D\uDE00", "https:",
      "https://", "HTTPS://", "http://", "a".repeat(64), "b".repeat(63));

  private static final Gen<String> LINKS = lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 10)
      .zip(arbitrary().pick(List.of("https://", "https://", "https://", "", "HTTPS://", "https:/")),
          (pieces, scheme) -> scheme + String.join("", pieces));

  @Test
  void whatTheCommonFormAcceptsTheWholeCheckAccepts() {
    qt().withExamples(50_000).withShrinkCycles(200).forAll(LINKS)
        .check(link -> !HttpsUriValidator.isCommonForm(link) || HttpsUriValidator.isValidUri(link));
  }

  @Test
  void theLinksOfPayloadsTakeTheOnePassCheck() {
    assertThat(List.of("https://example.org/annex-1.pdf", "https://www.itu.int/net4/wsis/forum/2025/",
        "https://unctad.org/system/files/official-document/ecn162025d2_en.pdf", "https://a.b.example",
        "https://docs.example.org/search?q=wsis&lang=en", "https://example.org/~user/file_1.txt"))
        .allSatisfy(link -> {
          assertThat(HttpsUriValidator.isCommonForm(link)).as(link).isTrue();
          assertThat(HttpsUriValidator.isValidUri(link)).as(link).isTrue();
        });
  }

  @Test
  void everyOtherFormIsLeftToTheWholeCheck() {
    assertThat(List.of("https://example.org:443/", "https://user@example.org/", "https://example.org/a%20b",
        "https://127.0.0.1/", "https://3gpp.example.org/", "HTTPS://example.org/", "https://example.org/#top",
        "https://example.org.",
        "https://-a.example/", "https://a-.example/", "https://example.9/", "https://[::1]/",
        "https://example.org/a+b", "https://example.org?q=1", "https://exa_mple.org/", "https://",
        "http://example.org/",
        "https://" + "a".repeat(64) + ".org/"))
        .allSatisfy(link -> assertThat(HttpsUriValidator.isCommonForm(link)).as(link).isFalse());
  }
}
