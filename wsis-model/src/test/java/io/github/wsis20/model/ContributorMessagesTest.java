package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's constraint messages: one per constraint, in the six UN languages, never left in English. */
class ContributorMessagesTest {
  static final String PACKAGE = "io.github.wsis20.model.constraints.";
  static final Set<String> CONSTRAINTS = Set.of("CodePointLength", "CompleteUnlessDraft", "ContributionId",
      "CountryCode",
      "EmailAddress", "EntityId", "GovernmentHasCountry", "HttpsUri", "LanguageTag", "MediaType", "NoControlCharacters",
      "NoFormattingCharacters", "NotAfterNow", "NotBlankText", "Sha256Digest", "UniqueItems", "VisibleText");

  static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    // Loaded as ISO-8859-1, as the most conservative provider would: the files are \\u-escaped ASCII.
    try (InputStream in = ContributorMessagesTest.class
        .getResourceAsStream("/ContributorValidationMessages" + suffix + ".properties")) {
      assertThat(in).as(suffix).isNotNull();
      byte[] bytes = in.readAllBytes();
      for (byte b : bytes) {
        assertThat(b & 0xFF).as("non-ASCII byte in %s", suffix).isLessThan(0x80);
      }
      properties.load(new java.io.ByteArrayInputStream(bytes));
    }
    return properties;
  }

  @Test
  void everyConstraintOfThePackage_hasAnEnglishMessage() throws IOException {
    Set<String> keys = load("").stringPropertyNames();
    for (String constraint : CONSTRAINTS) {
      assertThat(keys).contains(PACKAGE + constraint + ".message");
    }
    assertThat(keys).contains(PACKAGE + "LanguageTag.unknownLanguage.message");
  }

  @ParameterizedTest
  @ValueSource(strings = {"_ar", "_zh", "_fr", "_ru", "_es"})
  void everyMessage_isTranslated(String suffix) throws IOException {
    Properties english = load("");
    Properties translated = load(suffix);
    assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(translated.getProperty(key)).as("%s%s", key, suffix).isNotBlank()
          .isNotEqualTo(english.getProperty(key));
      assertThat(placeholders(translated.getProperty(key))).as("%s%s", key, suffix)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @Test
  void noMessage_interpolatesTheValidatedValueOrAnExpression() throws IOException {
    for (String suffix : new String[] {"", "_ar", "_zh", "_fr", "_ru", "_es"}) {
      load(suffix).values().forEach(
          m -> assertThat((String) m).doesNotContain("$").doesNotContain("#{").doesNotContain("validatedValue"));
    }
  }

  @Test
  void everyConstraintAnnotation_isListed() {
    Set<String> annotations = Arrays.stream(new Class<?>[] {
        io.github.wsis20.model.constraints.CodePointLength.class,
        io.github.wsis20.model.constraints.CompleteUnlessDraft.class,
        io.github.wsis20.model.constraints.ContributionId.class, io.github.wsis20.model.constraints.CountryCode.class,
        io.github.wsis20.model.constraints.EmailAddress.class, io.github.wsis20.model.constraints.EntityId.class,
        io.github.wsis20.model.constraints.GovernmentHasCountry.class,
        io.github.wsis20.model.constraints.HttpsUri.class,
        io.github.wsis20.model.constraints.LanguageTag.class, io.github.wsis20.model.constraints.MediaType.class,
        io.github.wsis20.model.constraints.NoControlCharacters.class,
        io.github.wsis20.model.constraints.NotAfterNow.class,
        io.github.wsis20.model.constraints.NotBlankText.class, io.github.wsis20.model.constraints.Sha256Digest.class,
        io.github.wsis20.model.constraints.UniqueItems.class, io.github.wsis20.model.constraints.VisibleText.class,
        io.github.wsis20.model.constraints.NoFormattingCharacters.class}).map(Class::getSimpleName)
        .collect(Collectors.toSet());
    assertThat(annotations).isEqualTo(CONSTRAINTS);
  }

  static Set<String> placeholders(String message) {
    return java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(message).results().map(r -> r.group(1))
        .collect(Collectors.toSet());
  }
}
