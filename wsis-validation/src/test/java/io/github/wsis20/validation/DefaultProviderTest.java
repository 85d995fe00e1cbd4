package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.internal.BeanViolations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's constraints under a provider's default bootstrap, as a framework runs them with
 * {@code @Valid}: no SDK code between the provider and the model.
 */
class DefaultProviderTest {
  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static Contribution example() {
    return Samples.contractExample();
  }

  static Contribution contributor(UnaryOperator<Stakeholder> change) {
    return example().withContributor(change.apply(example().getContributor()));
  }

  static Contribution attachment(UnaryOperator<Attachment> change) {
    return example().withAttachments(change.apply(example().getAttachments().get(0)));
  }

  static Arguments broken(String pointer, String constraint, Contribution contribution) {
    return Arguments.of(pointer, constraint, contribution);
  }

  /** One case per constraint of Contribution, Stakeholder and Attachment. */
  static Stream<Arguments> everyConstraint() {
    return Stream.of(
        broken("/id", "ContributionId", example().withId("-x")),
        broken("/title", "VisibleText", example().withTitle("\u200B")),
        broken("/title", "CodePointLength", example().withTitle("t".repeat(301))),
        broken("/title", "NoControlCharacters", example().withTitle("a\u0001")),
        broken("/title", "NoFormattingCharacters", example().withTitle("a\u202E")),
        broken("/language", "LanguageTag", example().withLanguage("qqq")),
        broken("/contributor/name", "VisibleText", contributor(s -> s.withName("\u3164"))),
        broken("/contributor/name", "NoControlCharacters", contributor(s -> s.withName("a\nb"))),
        broken("/contributor/name", "NoFormattingCharacters", contributor(s -> s.withName("a\u2066"))),
        broken("/contributor/name", "CodePointLength", contributor(s -> s.withName("n".repeat(301)))),
        broken("/contributor/country", "CountryCode", contributor(s -> s.withCountry("ken"))),
        broken("/contributor/country", "GovernmentHasCountry",
            contributor(s -> s.withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry(Optional.empty()))),
        broken("/contributor/email", "EmailAddress", contributor(s -> s.withEmail("a@b"))),
        broken("/submittedAt", "NotAfterNow", example().withSubmittedAt(OffsetDateTime.parse("3000-01-01T00:00:00Z"))),
        broken("/submittedAt", "CompleteUnlessDraft", example().withSubmittedAt(Optional.empty())),
        broken("/actionLines", "CompleteUnlessDraft", example().withActionLines(List.of())),
        broken("/summary", "CompleteUnlessDraft", example().withSummary(Optional.empty())),
        broken("/actionLines", "UniqueItems",
            example().withActionLines(example().getActionLines().get(0), example().getActionLines().get(0))),
        broken("/sdgs", "UniqueItems", example().withSdgs(example().getSdgs().get(0), example().getSdgs().get(0))),
        broken("/summary", "VisibleText", example().withSummary("\u2800")),
        broken("/summary", "NoFormattingCharacters", example().withSummary("a\u202D")),
        broken("/summary", "CodePointLength", example().withSummary("s".repeat(2001))),
        broken("/body", "CodePointLength", example().withBody("b".repeat(200_001))),
        broken("/attachments", "Size",
            example().withAttachments(Collections.nCopies(21, example().getAttachments().get(0)))),
        broken("/attachments/0/uri", "HttpsUri", attachment(a -> a.withUri("ftp://example.org/x"))),
        broken("/attachments/0/mediaType", "MediaType", attachment(a -> a.withMediaType("pdf"))),
        broken("/attachments/0/sha256", "Sha256Digest", attachment(a -> a.withSha256("x"))),
        broken("/attachments/0/title", "VisibleText", attachment(a -> a.withTitle(""))),
        broken("/attachments/0/title", "CodePointLength", attachment(a -> a.withTitle("t".repeat(301)))),
        broken("/attachments/0/title", "NoControlCharacters", attachment(a -> a.withTitle("a\tb"))),
        broken("/attachments/0/title", "NoFormattingCharacters", attachment(a -> a.withTitle("a\uDB40\uDC41"))),
        broken("/keywords", "Size",
            example().withKeywords(Stream.iterate(0, i -> i + 1).limit(31).map(i -> "k" + i).toArray(String[]::new))),
        broken("/keywords", "UniqueItems", example().withKeywords("a", "a")),
        broken("/keywords", "UniqueItems", example().withKeywords("\u00E9", "e\u0301")),
        broken("/keywords/0", "VisibleText", example().withKeywords("")),
        broken("/keywords/0", "CodePointLength", example().withKeywords("k".repeat(101))),
        broken("/keywords/0", "NoControlCharacters", example().withKeywords("k\u0000")),
        broken("/keywords/0", "NoFormattingCharacters", example().withKeywords("k\u2069")),
        broken("/language", "LanguageTag", example().withLanguage("\u212Am")),
        broken("/attachments/0/uri", "HttpsUri", attachment(a -> a.withUri("https://user:pw@example.org/x"))));
  }

  @Test
  void theExample_isValidUnderTheDefaultProvider() {
    assertThat(VALIDATOR.validate(example())).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyConstraint")
  void everyConstrainedProperty_reportsItsViolationUnderTheDefaultProvider(String pointer, String constraint,
      Contribution c) {
    Set<ConstraintViolation<Contribution>> violations = VALIDATOR.validate(c);
    assertThat(violations).extracting(v -> BeanViolations.pointer(v.getPropertyPath()) + " "
        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .containsExactly(pointer + " " + constraint);
    assertThat(violations.iterator().next().getMessage()).doesNotStartWith("{").isNotBlank();
  }

  @Test
  void casesAbove_coverEveryConstrainedPropertyOfTheModel() {
    Set<String> covered = everyConstraint().map(a -> (String) a.get()[0]).map(DefaultProviderTest::lastMember)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> constrained = new TreeSet<>();
    for (Class<?> type : List.of(Contribution.class, Stakeholder.class, Attachment.class)) {
      BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
      bean.getConstrainedProperties().stream()
          .filter(p -> p.hasConstraints() || !p.getConstrainedContainerElementTypes().isEmpty())
          .map(p -> p.getPropertyName())
          // Present by construction: the builders refuse to build without them.
          .filter(
              name -> !Set.of("schemaVersion", "process", "status", "stakeholderGroup", "contributor").contains(name))
          .forEach(constrained::add);
    }
    assertThat(constrained).contains("title", "country", "email", "sha256", "keywords");
    assertThat(covered).containsAll(constrained);
  }

  private static String lastMember(String pointer) {
    String[] parts = pointer.split("/");
    String last = parts[parts.length - 1];
    return last.chars().allMatch(Character::isDigit) ? parts[parts.length - 2] : last;
  }

  @Test
  void expressionInThePayload_isNotEvaluatedByTheDefaultProvider() {
    String withExpression = messageOf(example().withTitle("${1+1}\u0000#{2*3}"));
    String plain = messageOf(example().withTitle("abcdef\u0000ghijk"));
    assertThat(withExpression).isEqualTo(plain).doesNotContain("2").doesNotContain("6");
    // A constraint whose message is interpolated with its attributes: the payload still stays out.
    String length = messageOf(example().withTitle("${1+1}" + "x".repeat(300)));
    assertThat(length).isEqualTo(messageOf(example().withTitle("y".repeat(306)))).contains("300");
  }

  private static String messageOf(Contribution c) {
    Set<ConstraintViolation<Contribution>> violations = VALIDATOR.validate(c);
    assertThat(violations).hasSize(1);
    return violations.iterator().next().getMessage();
  }

  @Test
  void modelMessages_areTranslatedIntoTheSixLanguages() {
    Contribution everythingWrong = example().withId("-").withTitle("\u0001").withLanguage("e")
        .withContributor(example().getContributor().withStakeholderGroup(StakeholderGroup.GOVERNMENT)
            .withCountry(Optional.empty()).withEmail("x"))
        .withStatus(ContributionStatus.SUBMITTED).withSummary("\u202E").withKeywords("", "")
        .withAttachments(example().getAttachments().get(0).withUri("x").withMediaType("x").withSha256("x"));
    Set<ConstraintViolation<Contribution>> violations = VALIDATOR.validate(everythingWrong.withLanguage("qqq"));
    violations.addAll(VALIDATOR.validate(everythingWrong));
    Set<String> templates = new HashSet<>();
    MessageInterpolator interpolator = FACTORY.getMessageInterpolator();
    for (ConstraintViolation<Contribution> violation : violations) {
      templates.add(violation.getMessageTemplate());
      MessageInterpolator.Context context = contextOf(violation);
      String english = interpolator.interpolate(violation.getMessageTemplate(), context, Locale.ENGLISH);
      assertThat(english).doesNotContain("{").doesNotContain("io.github");
      for (UnLanguage language : UnLanguage.values()) {
        String message = interpolator.interpolate(violation.getMessageTemplate(), context, language.toLocale());
        assertThat(message).as("%s in %s", violation.getMessageTemplate(), language).doesNotContain("{")
            .doesNotContain("io.github");
        if (language != UnLanguage.ENGLISH) {
          assertThat(message).as("%s in %s", violation.getMessageTemplate(), language).isNotEqualTo(english);
        }
      }
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(12);
  }

  private static MessageInterpolator.Context contextOf(ConstraintViolation<?> violation) {
    return new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return violation.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
