package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.testing.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of docs/contract.md: a case that breaks only that rule, reported where it must be fixed. */
class ContributionRulesTest {
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final ContributionValidator VALIDATOR = ContributionValidator.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .reviewProcesses(List.of("wsis+20", "wsis+10"))
      .build();

  static ValidationReport validate(Contribution contribution) {
    return VALIDATOR.validate(contribution, Locale.ENGLISH);
  }

  static Contribution example() {
    return Samples.contractExample();
  }

  static Attachment attachment() {
    return example().getAttachments().get(0);
  }

  static Contribution withAttachment(UnaryOperator<Attachment> change) {
    return example().withAttachments(change.apply(attachment()));
  }

  static String repeat(String s, int times) {
    return String.join("", Collections.nCopies(times, s));
  }

  static Arguments rule(String name, UnaryOperator<Contribution> breakIt, String pointer, ViolationCode code) {
    return Arguments.of(name, breakIt, pointer + " " + code);
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule("unknown schema version", c -> c.withSchemaVersion("2.0"), "/schemaVersion",
            ViolationCode.UNSUPPORTED_SCHEMA_VERSION),
        rule("empty id", c -> c.withId(""), "/id", ViolationCode.INVALID_ID),
        rule("id starting with '-'", c -> c.withId("-c-1"), "/id", ViolationCode.INVALID_ID),
        rule("id of 129 characters", c -> c.withId(repeat("a", 129)), "/id", ViolationCode.INVALID_ID),
        rule("id with a space", c -> c.withId("c 1"), "/id", ViolationCode.INVALID_ID),
        rule("id with a non-ASCII letter", c -> c.withId("é1"), "/id", ViolationCode.INVALID_ID),
        rule("id with '+'", c -> c.withId("c+1"), "/id", ViolationCode.INVALID_ID),
        rule("unknown process", c -> c.withProcess("wsis+30"), "/process", ViolationCode.UNKNOWN_PROCESS),
        rule("blank title", c -> c.withTitle(" \u3000 "), "/title", ViolationCode.BLANK),
        rule("empty title", c -> c.withTitle(""), "/title", ViolationCode.BLANK),
        rule("title of 301 characters", c -> c.withTitle(repeat("t", 301)), "/title", ViolationCode.TOO_LONG),
        rule("title of 301 emoji", c -> c.withTitle(repeat("\uD83C\uDF10", 301)), "/title", ViolationCode.TOO_LONG),
        rule("title with a NUL", c -> c.withTitle("a\u0000b"), "/title", ViolationCode.CONTROL_CHARACTER),
        rule("title with a tab", c -> c.withTitle("a\tb"), "/title", ViolationCode.CONTROL_CHARACTER),
        rule("title with a line break", c -> c.withTitle("a\nb"), "/title", ViolationCode.CONTROL_CHARACTER),
        rule("title with DEL", c -> c.withTitle("a\u007Fb"), "/title", ViolationCode.CONTROL_CHARACTER),
        rule("title with NEL (U+0085)", c -> c.withTitle("a\u0085b"), "/title", ViolationCode.CONTROL_CHARACTER),
        rule("language of one letter", c -> c.withLanguage("e"), "/language", ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language with '_'", c -> c.withLanguage("en_US"), "/language", ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language with an empty subtag", c -> c.withLanguage("en--US"), "/language",
            ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language ending in '-'", c -> c.withLanguage("en-"), "/language", ViolationCode.INVALID_LANGUAGE_TAG),
        rule("empty language", c -> c.withLanguage(""), "/language", ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language with a dangling extension", c -> c.withLanguage("en-a"), "/language",
            ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language subtag of 9 letters", c -> c.withLanguage("en-abcdefghi"), "/language",
            ViolationCode.INVALID_LANGUAGE_TAG),
        rule("language named in English", c -> c.withLanguage("English"), "/language", ViolationCode.UNKNOWN_LANGUAGE),
        rule("unassigned ISO 639 code", c -> c.withLanguage("qqq"), "/language", ViolationCode.UNKNOWN_LANGUAGE),
        rule("unassigned 2-letter code", c -> c.withLanguage("zz"), "/language", ViolationCode.UNKNOWN_LANGUAGE),
        rule("private-use tag", c -> c.withLanguage("x-klingon"), "/language", ViolationCode.UNKNOWN_LANGUAGE),
        rule("irregular grandfathered tag", c -> c.withLanguage("i-klingon"), "/language",
            ViolationCode.UNKNOWN_LANGUAGE),
        rule("blank contributor name", c -> c.withContributor(c.getContributor().withName("  ")), "/contributor/name",
            ViolationCode.BLANK),
        rule("contributor name of 301 characters",
            c -> c.withContributor(c.getContributor().withName(repeat("n", 301))),
            "/contributor/name", ViolationCode.TOO_LONG),
        rule("lower-case country", c -> c.withContributor(c.getContributor().withCountry("ken")),
            "/contributor/country", ViolationCode.INVALID_COUNTRY),
        rule("alpha-2 country", c -> c.withContributor(c.getContributor().withCountry("KE")), "/contributor/country",
            ViolationCode.INVALID_COUNTRY),
        rule("unassigned country", c -> c.withContributor(c.getContributor().withCountry("XXX")),
            "/contributor/country", ViolationCode.INVALID_COUNTRY),
        rule("user-assigned country (Kosovo's XKX)", c -> c.withContributor(c.getContributor().withCountry("XKX")),
            "/contributor/country", ViolationCode.INVALID_COUNTRY),
        rule("government without country", c -> c.withContributor(c.getContributor()
            .withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry(Optional.empty())),
            "/contributor/country", ViolationCode.COUNTRY_REQUIRED_FOR_GOVERNMENT),
        rule("submitted after the clock's now",
            c -> c.withSubmittedAt(OffsetDateTime.ofInstant(NOW.plusSeconds(1), ZoneOffset.UTC)),
            "/submittedAt", ViolationCode.IN_THE_FUTURE),
        rule("submitted without submittedAt", c -> c.withSubmittedAt(Optional.empty()), "/submittedAt",
            ViolationCode.REQUIRED_UNLESS_DRAFT),
        rule("published without action lines",
            c -> c.withStatus(ContributionStatus.PUBLISHED).withActionLines(List.of()),
            "/actionLines", ViolationCode.REQUIRED_UNLESS_DRAFT),
        rule("withdrawn without summary", c -> c.withStatus(ContributionStatus.WITHDRAWN).withSummary(Optional.empty()),
            "/summary", ViolationCode.REQUIRED_UNLESS_DRAFT),
        rule("action line twice", c -> c.withActionLines(ActionLine.C2, ActionLine.C7_E_AGRICULTURE, ActionLine.C2),
            "/actionLines/2", ViolationCode.DUPLICATE_ITEM),
        rule("SDG twice",
            c -> c.withSdgs(Sdg.PARTNERSHIPS_FOR_THE_GOALS, Sdg.NO_POVERTY, Sdg.PARTNERSHIPS_FOR_THE_GOALS),
            "/sdgs/2", ViolationCode.DUPLICATE_ITEM),
        rule("blank summary", c -> c.withSummary("\t"), "/summary", ViolationCode.BLANK),
        rule("summary of 2,001 characters", c -> c.withSummary(repeat("s", 2001)), "/summary", ViolationCode.TOO_LONG),
        rule("body of 200,001 characters", c -> c.withBody(repeat("b", 200_001)), "/body", ViolationCode.TOO_LONG),
        rule("21 attachments", c -> c.withAttachments(Collections.nCopies(21, attachment())), "/attachments",
            ViolationCode.TOO_MANY_ITEMS),
        rule("http attachment", c -> withAttachment(a -> a.withUri("http://example.org/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("relative attachment URI", c -> withAttachment(a -> a.withUri("example.org/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("https URI without host", c -> withAttachment(a -> a.withUri("https:///input.pdf")), "/attachments/0/uri",
            ViolationCode.INVALID_URI),
        rule("opaque https URI", c -> withAttachment(a -> a.withUri("https:example.org")), "/attachments/0/uri",
            ViolationCode.INVALID_URI),
        rule("URI with a space", c -> withAttachment(a -> a.withUri("https://example.org/in put.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("media type without subtype", c -> withAttachment(a -> a.withMediaType("pdf")), "/attachments/0/mediaType",
            ViolationCode.INVALID_MEDIA_TYPE),
        rule("media type with parameters", c -> withAttachment(a -> a.withMediaType("text/plain; charset=utf-8")),
            "/attachments/0/mediaType", ViolationCode.INVALID_MEDIA_TYPE),
        rule("media type with empty type", c -> withAttachment(a -> a.withMediaType("/pdf")),
            "/attachments/0/mediaType", ViolationCode.INVALID_MEDIA_TYPE),
        rule("media type with two slashes", c -> withAttachment(a -> a.withMediaType("application/pdf/x")),
            "/attachments/0/mediaType", ViolationCode.INVALID_MEDIA_TYPE),
        rule("media type starting with '+'", c -> withAttachment(a -> a.withMediaType("application/+json")),
            "/attachments/0/mediaType", ViolationCode.INVALID_MEDIA_TYPE),
        rule("short digest", c -> withAttachment(a -> a.withSha256("9f86d081")), "/attachments/0/sha256",
            ViolationCode.INVALID_SHA256),
        rule("upper-case digest", c -> withAttachment(a -> a.withSha256(repeat("AB", 32))), "/attachments/0/sha256",
            ViolationCode.INVALID_SHA256),
        rule("empty attachment title", c -> withAttachment(a -> a.withTitle("")), "/attachments/0/title",
            ViolationCode.BLANK),
        rule("attachment title of 301 characters", c -> withAttachment(a -> a.withTitle(repeat("a", 301))),
            "/attachments/0/title", ViolationCode.TOO_LONG),
        rule("31 keywords",
            c -> c.withKeywords(Stream.iterate(0, i -> i + 1).limit(31).map(i -> "k" + i).toArray(String[]::new)),
            "/keywords", ViolationCode.TOO_MANY_ITEMS),
        rule("empty keyword", c -> c.withKeywords("", "rural"), "/keywords/0", ViolationCode.BLANK),
        rule("keyword of 101 characters", c -> c.withKeywords("rural", repeat("k", 101)), "/keywords/1",
            ViolationCode.TOO_LONG),
        rule("keyword twice", c -> c.withKeywords("rural", "urban", "rural"), "/keywords/2",
            ViolationCode.DUPLICATE_ITEM));
  }

  /** What Unicode folds or hides: each case breaks one rule, and passed before the rule was there. */
  static Stream<Arguments> hiddenOrFoldedText() {
    String rlo = "\u202E";
    String tags = "\uDB40\uDC69\uDB40\uDC67\uDB40\uDC6E";
    return Stream.of(
        rule("title of a zero-width space", c -> c.withTitle("\u200B"), "/title", ViolationCode.BLANK),
        rule("title of a byte order mark", c -> c.withTitle("\uFEFF"), "/title", ViolationCode.BLANK),
        rule("title of Hangul fillers", c -> c.withTitle("\u3164\u3164"), "/title", ViolationCode.BLANK),
        rule("title of braille blanks", c -> c.withTitle("\u2800 \u2800"), "/title", ViolationCode.BLANK),
        rule("title of lone combining marks", c -> c.withTitle("\u0301\u0308"), "/title", ViolationCode.BLANK),
        rule("title of variation selectors and joiners", c -> c.withTitle("\uFE0F\u200D\u2060"), "/title",
            ViolationCode.BLANK),
        rule("contributor name of a zero-width space", c -> c.withContributor(c.getContributor().withName("\u200B")),
            "/contributor/name", ViolationCode.BLANK),
        rule("summary of a Hangul filler", c -> c.withSummary("\u3164"), "/summary", ViolationCode.BLANK),
        rule("blank attachment title", c -> withAttachment(a -> a.withTitle(" ")), "/attachments/0/title",
            ViolationCode.BLANK),
        rule("attachment title of a soft hyphen", c -> withAttachment(a -> a.withTitle("\u00AD")),
            "/attachments/0/title", ViolationCode.BLANK),
        rule("blank keyword", c -> c.withKeywords("rural", " "), "/keywords/1", ViolationCode.BLANK),
        rule("keyword of a zero-width space", c -> c.withKeywords("\u200B", "rural"), "/keywords/0",
            ViolationCode.BLANK),
        rule("title with a right-to-left override", c -> c.withTitle("Report " + rlo + "fdp.exe"), "/title",
            ViolationCode.FORMATTING_CHARACTER),
        rule("title with a left-to-right embedding", c -> c.withTitle("a\u202Ab\u202C"), "/title",
            ViolationCode.FORMATTING_CHARACTER),
        rule("title with an isolate", c -> c.withTitle("a\u2067b\u2069"), "/title", ViolationCode.FORMATTING_CHARACTER),
        rule("title with tag characters", c -> c.withTitle("Report" + tags), "/title",
            ViolationCode.FORMATTING_CHARACTER),
        rule("contributor name with an override", c -> c.withContributor(c.getContributor().withName("Alliance" + rlo)),
            "/contributor/name", ViolationCode.FORMATTING_CHARACTER),
        rule("summary with an override", c -> c.withSummary("Networks " + rlo + "connect"), "/summary",
            ViolationCode.FORMATTING_CHARACTER),
        rule("summary with tag characters", c -> c.withSummary("Networks" + tags), "/summary",
            ViolationCode.FORMATTING_CHARACTER),
        rule("attachment title with tag characters", c -> withAttachment(a -> a.withTitle("Input" + tags)),
            "/attachments/0/title", ViolationCode.FORMATTING_CHARACTER),
        rule("keyword with an isolate", c -> c.withKeywords("rural\u2066"), "/keywords/0",
            ViolationCode.FORMATTING_CHARACTER),
        rule("contributor name with a line feed",
            c -> c.withContributor(c.getContributor().withName("Alliance\nForged line")),
            "/contributor/name", ViolationCode.CONTROL_CHARACTER),
        rule("attachment title with a tab", c -> withAttachment(a -> a.withTitle("a\tb")), "/attachments/0/title",
            ViolationCode.CONTROL_CHARACTER),
        rule("keyword with a NUL", c -> c.withKeywords("rural", "rural\u0000"), "/keywords/1",
            ViolationCode.CONTROL_CHARACTER),
        rule("keyword twice, composed and decomposed", c -> c.withKeywords("r\u00E9seau", "re\u0301seau"),
            "/keywords/1", ViolationCode.DUPLICATE_ITEM),
        rule("keyword twice, A with ring and angstrom sign", c -> c.withKeywords("\u00C5", "\u212B"), "/keywords/1",
            ViolationCode.DUPLICATE_ITEM),
        rule("language with a Kelvin sign for k", c -> c.withLanguage("\u212Am"), "/language",
            ViolationCode.INVALID_LANGUAGE_TAG),
        rule("URI with user and password", c -> withAttachment(a -> a.withUri("https://user:pw@example.org/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with a user that looks like a host",
            c -> withAttachment(a -> a.withUri("https://example.org@example.net/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with port 0", c -> withAttachment(a -> a.withUri("https://example.org:0/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with port 65536", c -> withAttachment(a -> a.withUri("https://example.org:65536/input.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with a host of 10,000 characters",
            c -> withAttachment(a -> a.withUri("https://" + repeat("a.", 4998) + "org/")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with a label of 64 characters",
            c -> withAttachment(a -> a.withUri("https://" + repeat("a", 64) + ".org/")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with a right-to-left override",
            c -> withAttachment(a -> a.withUri("https://example.org/" + rlo + "fdp.exe")),
            "/attachments/0/uri", ViolationCode.INVALID_URI),
        rule("URI with a zero-width space", c -> withAttachment(a -> a.withUri("https://example.org/in\u200Bput.pdf")),
            "/attachments/0/uri", ViolationCode.INVALID_URI));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hiddenOrFoldedText")
  void hiddenOrFoldedText_isReportedOnceAtItsPointer(String name, UnaryOperator<Contribution> breakIt,
      String expected) {
    ValidationReport report = validate(breakIt.apply(example()));
    assertThat(Reports.located(report)).containsExactly(expected);
  }

  static Stream<Arguments> visibleVariants() {
    String england = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
    return Stream.of(
        Arguments.of("Arabic title with a right-to-left mark",
            (UnaryOperator<Contribution>) c -> c.withTitle("\u0627\u0644\u0634\u0628\u0643\u0627\u062A\u200F 2025")),
        Arguments.of("title with an Arabic letter mark and a left-to-right mark",
            (UnaryOperator<Contribution>) c -> c.withTitle("\u061C\u0661 \u200Ex")),
        Arguments.of("title with a flag of a subdivision",
            (UnaryOperator<Contribution>) c -> c.withTitle("Digital inclusion " + england)),
        Arguments.of("title of a letter and its combining mark",
            (UnaryOperator<Contribution>) c -> c.withTitle("e\u0301")),
        Arguments.of("title with joiners inside words",
            (UnaryOperator<Contribution>) c -> c
                .withTitle("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \uD83D\uDC69\u200D\uD83D\uDCBB")),
        Arguments.of("body with embeddings, isolates and tags",
            (UnaryOperator<Contribution>) c -> c.withBody("a\u202Bb\u202C\u2067c\u2069\uDB40\uDC41")),
        Arguments.of("keywords that differ in case only",
            (UnaryOperator<Contribution>) c -> c.withKeywords("rural", "Rural", "RURAL")),
        Arguments.of("keywords that differ by a compatibility form",
            (UnaryOperator<Contribution>) c -> c.withKeywords("\uFB01", "fi")),
        Arguments.of("URI with port 65535 and an empty port", (UnaryOperator<Contribution>) c -> c.withAttachments(
            attachment().withUri("https://example.org:65535/a"), attachment().withUri("https://example.org:/b"))),
        Arguments.of("URI with a host of 253 characters",
            (UnaryOperator<Contribution>) c -> withAttachment(a -> a.withUri(
                "https://" + repeat(repeat("a", 63) + ".", 3) + repeat("b", 61) + "/"))),
        Arguments.of("URI with an at sign in the path and query",
            (UnaryOperator<Contribution>) c -> withAttachment(a -> a.withUri(
                "https://example.org/@team/input.pdf?by=a@b"))));
  }

  @Test
  void violationsAtOnePointer_areOrderedByCode() {
    assertThat(Reports.located(validate(example().withTitle("\u0001\u202E"))))
        .containsExactly("/title BLANK", "/title CONTROL_CHARACTER", "/title FORMATTING_CHARACTER");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("visibleVariants")
  void visibleVariant_hasNoViolation(String name, UnaryOperator<Contribution> change) {
    assertThat(Reports.located(validate(change.apply(example())))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenRule_isReportedOnceAtItsPointer(String name, UnaryOperator<Contribution> breakIt, String expected) {
    assertThat(validate(example())).matches(ValidationReport::isValid);
    ValidationReport report = validate(breakIt.apply(example()));
    assertThat(Reports.located(report)).containsExactly(expected);
    assertThat(report.isValid()).isFalse();
  }

  static Stream<Arguments> validVariants() {
    return Stream.of(
        Arguments.of("draft with nothing but the required members",
            (UnaryOperator<Contribution>) c -> c.withStatus(ContributionStatus.DRAFT)
                .withSubmittedAt(Optional.empty()).withActionLines(List.of()).withSummary(Optional.empty())
                .withSdgs(List.of()).withBody(Optional.empty()).withAttachments(List.of()).withKeywords(List.of())),
        Arguments.of("government with its country", (UnaryOperator<Contribution>) c -> c.withContributor(
            c.getContributor().withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry("CHE"))),
        Arguments.of("non-government without country", (UnaryOperator<Contribution>) c -> c.withContributor(
            c.getContributor().withCountry(Optional.empty()))),
        Arguments.of("title of 300 emoji (600 UTF-16 chars)",
            (UnaryOperator<Contribution>) c -> c.withTitle(repeat("\uD83C\uDF10", 300))),
        Arguments.of("title of 300 characters", (UnaryOperator<Contribution>) c -> c.withTitle(repeat("t", 300))),
        Arguments.of("title of one character", (UnaryOperator<Contribution>) c -> c.withTitle("t")),
        Arguments.of("summary of 2,000 characters",
            (UnaryOperator<Contribution>) c -> c.withSummary(repeat("s", 2000))),
        Arguments.of("body of 200,000 characters", (UnaryOperator<Contribution>) c -> c.withBody(repeat("b", 200_000))),
        Arguments.of("empty body", (UnaryOperator<Contribution>) c -> c.withBody("")),
        Arguments.of("body with line breaks and tabs", (UnaryOperator<Contribution>) c -> c.withBody("one\n\ttwo\r\n")),
        Arguments.of("20 attachments",
            (UnaryOperator<Contribution>) c -> c.withAttachments(Collections.nCopies(20, attachment()))),
        Arguments.of("30 keywords of 100 characters", (UnaryOperator<Contribution>) c -> c.withKeywords(
            Stream.iterate(0, i -> i + 1).limit(30).map(i -> String.format("%03d", i) + repeat("k", 97))
                .toArray(String[]::new))),
        Arguments.of("submitted at the clock's now",
            (UnaryOperator<Contribution>) c -> c
                .withSubmittedAt(OffsetDateTime.ofInstant(NOW, ZoneOffset.ofHours(14)))),
        Arguments.of("id of 128 characters",
            (UnaryOperator<Contribution>) c -> c.withId("C" + repeat("a._:-", 25) + "zz")),
        Arguments.of("process wsis+10", (UnaryOperator<Contribution>) c -> c.withProcess("wsis+10")),
        Arguments.of("attachment with URI only",
            (UnaryOperator<Contribution>) c -> withAttachment(a -> Attachment.builder()
                .uri("https://example.org").mediaType("text/plain").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validVariants")
  void validVariant_hasNoViolation(String name, UnaryOperator<Contribution> change) {
    assertThat(Reports.located(validate(change.apply(example())))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "ar", "ru", "zh", "zh-Hans", "zh-Hans-CN", "EN", "pt-BR", "de-CH-1901",
      "sr-Latn-RS", "es-419", "zh-yue-HK", "gsw", "ast", "fre", "en-a-bbb-x-ccc", "en-x-private", "sgn-BE-FR",
      "art-lojban", "en-GB-oed", "de-1996", "sl-rozaj-biske"})
  void wellFormedTagOfAKnownLanguage_isValid(String tag) {
    assertThat(Reports.located(validate(example().withLanguage(tag)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"policy@example.org", "a.b+c@example.org", "o'brien@example.co.uk", "x@xn--80ak6aa92e.com",
      "user!#$%&*+/=?^_`{|}~-@example.org", "a@b.io", "1@123.example", "a@a-b.example"})
  void syntacticallyValidEmail_isValid(String email) {
    assertThat(Reports.located(validate(example().withContributor(example().getContributor().withEmail(email)))))
        .isEmpty();
  }

  @Test
  void localPartOf64Characters_isValid() {
    String email = repeat("l", 64) + "@example.org";
    assertThat(Reports.located(validate(example().withContributor(example().getContributor().withEmail(email)))))
        .isEmpty();
  }

  static Stream<String> invalidEmails() {
    return Stream.of("plainaddress", "@example.org", "a@", "a@b", "a..b@example.org", ".a@example.org",
        "a.@example.org",
        "a@-example.org", "a@example-.org", "a@example..org", "a b@example.org", "a@example.org.",
        "\"quoted\"@example.org",
        "a@[192.0.2.1]", "a@192.0.2.1", "é@example.org", "a@exämple.org", "a@@example.org", "a@b@example.org",
        "a@exa_mple.org", "a@example.org ", repeat("l", 65) + "@example.org", "a@" + repeat("l", 64) + ".org",
        repeat("l", 60) + "@" + repeat(repeat("d", 60) + ".", 4) + "org");
  }

  @ParameterizedTest
  @MethodSource("invalidEmails")
  void syntacticallyInvalidEmail_isReportedAtContributorEmail(String email) {
    ValidationReport report = validate(example().withContributor(example().getContributor().withEmail(email)));
    assertThat(Reports.located(report)).containsExactly("/contributor/email INVALID_EMAIL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org", "HTTPS://EXAMPLE.ORG/a?b=c#d", "https://[2001:db8::1]/x",
      "https://example.org:8443/x", "https://192.0.2.1/x"})
  void absoluteHttpsUri_isValid(String uri) {
    assertThat(Reports.located(validate(withAttachment(a -> a.withUri(uri))))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/pdf", "text/plain", "image/svg+xml", "application/vnd.api+json",
      "application/x-www-form-urlencoded", "APPLICATION/PDF",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
  void mediaTypeInTheTokenGrammar_isValid(String mediaType) {
    assertThat(Reports.located(validate(withAttachment(a -> a.withMediaType(mediaType))))).isEmpty();
  }

  @Test
  void draft_stillHasItsFormatsChecked() {
    Contribution draft = example().withStatus(ContributionStatus.DRAFT).withSubmittedAt(Optional.empty())
        .withLanguage("en_GB").withContributor(example().getContributor().withEmail("nobody"));
    assertThat(Reports.located(validate(draft)))
        .containsExactly("/contributor/email INVALID_EMAIL", "/language INVALID_LANGUAGE_TAG");
  }

  @Test
  void submittedWithoutAnyOfTheThree_isReportedAtEachMember() {
    Contribution c = example().withSubmittedAt(Optional.empty()).withActionLines(List.of())
        .withSummary(Optional.empty());
    ValidationReport report = validate(c);
    assertThat(Reports.located(report)).containsExactly("/actionLines REQUIRED_UNLESS_DRAFT",
        "/submittedAt REQUIRED_UNLESS_DRAFT", "/summary REQUIRED_UNLESS_DRAFT");
    assertThat(report.getViolations())
        .allSatisfy(v -> assertThat(v.getArguments()).containsEntry("status", "SUBMITTED"));
  }

  @Test
  void governmentWithoutCountry_isReportedAtContributorCountry() {
    Contribution c = example().withContributor(example().getContributor()
        .withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry(Optional.empty()));
    assertThat(Reports.located(validate(c))).containsExactly("/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT");
  }

  @Test
  void submittedAt_isComparedWithTheValidatorsClock() {
    Contribution c = example().withSubmittedAt(OffsetDateTime.parse("2030-01-01T00:00:00Z"));
    ContributionValidator later = ContributionValidator.builder()
        .clock(Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC))
        .reviewProcesses(List.of("wsis+20")).build();
    assertThat(Reports.located(validate(c))).containsExactly("/submittedAt IN_THE_FUTURE");
    assertThat(Reports.located(later.validate(c, Locale.ENGLISH))).isEmpty();
  }

  @Test
  void withoutKnownProcesses_theProcessRuleSaysItWasNotChecked() {
    ContributionValidator validator = ContributionValidator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    ValidationReport report = validator.validate(example().withProcess("anything"), Locale.ENGLISH);
    assertThat(Reports.located(report)).containsExactly("/process RULE_NOT_CHECKED");
    assertThat(report.isValid()).isTrue();
    assertThat(report.getViolations().get(0).getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(report.getViolations().get(0).getArguments()).containsEntry("rule", "UNKNOWN_PROCESS");
  }

  @Test
  void everyProblem_isReportedNotOnlyTheFirst() {
    Contribution c = example().withTitle("").withLanguage("??").withId("").withContributor(example().getContributor()
        .withEmail("x").withCountry("ken")).withKeywords("a", "a");
    assertThat(Reports.located(validate(c))).containsExactly("/contributor/country INVALID_COUNTRY",
        "/contributor/email INVALID_EMAIL", "/id INVALID_ID", "/keywords/1 DUPLICATE_ITEM",
        "/language INVALID_LANGUAGE_TAG", "/title BLANK");
  }

  @Test
  void lengthViolation_carriesItsBoundsAsArguments() {
    Violation v = validate(example().withTitle(repeat("t", 301))).getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("max", "300");
    assertThat(v.getMessage()).contains("300").doesNotContain("ttt");
  }

  @Test
  void tooLong_ofATextThatMayNotBeBlank_givesMinimumOne() {
    assertThat(validate(example().withTitle(repeat("t", 301))).getViolations().get(0).getArguments())
        .containsEntry("min", "1").containsEntry("max", "300");
    assertThat(validate(example().withSummary(repeat("s", 2001))).getViolations().get(0).getArguments())
        .containsEntry("min", "1").containsEntry("max", "2000");
    assertThat(validate(example().withContributor(example().getContributor().withName(repeat("n", 301))))
        .getViolations().get(0).getArguments()).containsEntry("min", "1");
  }

  @Test
  void tooLong_ofATextThatMayBeEmpty_givesMinimumZero() {
    assertThat(validate(example().withBody(repeat("b", 200_001))).getViolations().get(0).getArguments())
        .containsEntry("min", "0").containsEntry("max", "200000");
  }

  @Test
  void message_isInTheCallersLanguage() {
    Contribution c = example().withTitle(repeat("t", 301));
    assertThat(VALIDATOR.validate(c, Locale.FRENCH).getViolations().get(0).getMessage())
        .startsWith("Le texte est trop long");
    assertThat(VALIDATOR.validate(c, Locale.forLanguageTag("ar")).getViolations().get(0).getMessage())
        .startsWith("النص طويل جدًا");
    assertThat(VALIDATOR.validate(c, Locale.forLanguageTag("zh-Hans-CN")).getViolations().get(0).getMessage())
        .startsWith("文本太长");
  }

  @Test
  void textThatLooksLikeAnExpression_isValidatedNotEvaluated() {
    assertThat(Reports.located(validate(example().withTitle("${1+1} #{1+1} {max}")))).isEmpty();
    String evaluable = "${1+1}\u0000#{2*3}";
    String plain = "abcdef\u0000ghijk";
    Violation withExpression = validate(example().withTitle(evaluable)).getViolations().get(0);
    Violation withoutExpression = validate(example().withTitle(plain)).getViolations().get(0);
    assertThat(withExpression.getMessage()).isEqualTo(withoutExpression.getMessage()).doesNotContain("2")
        .doesNotContain("6");
    assertThat(withExpression.getArguments()).isEqualTo(withoutExpression.getArguments());
  }

  @Test
  void validator_isSafeToShareBetweenThreads() throws Exception {
    List<Contribution> inputs = List.of(example(), example().withTitle(""), example().withLanguage("qqq"),
        example().withContributor(example().getContributor().withEmail("x")));
    List<ValidationReport> expected = inputs.stream().map(ContributionRulesTest::validate)
        .collect(java.util.stream.Collectors.toList());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int k = i % inputs.size();
        futures.add(pool.submit(() -> validate(inputs.get(k)).equals(expected.get(k))));
      }
      for (java.util.concurrent.Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
