package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.testing.ContributionGen;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over generated contributions: what the generator calls valid the validator finds
 * valid, and breaking one field of a valid contribution is reported at that field's pointer and
 * nowhere else.
 */
class ContributionPropertiesTest {
  static final ContributionValidator VALIDATOR = ContributionValidator.builder()
      .clock(Clock.fixed(ContributionGen.LATEST_SUBMISSION, ZoneOffset.UTC))
      .reviewProcesses(List.of("wsis+20", "wsis+10"))
      .build();

  /** A valid contribution with one field broken, and the pointer of that field. */
  record Mutation(String what, String pointer, Contribution broken) {
    @Override
    public String toString() {
      return what + " at " + pointer;
    }
  }

  private static final int KINDS = 23;

  /** Picks a field of a valid contribution and breaks it, and only it. */
  static Gen<Mutation> mutations() {
    return ContributionGen.valid().zip(integers().between(0, KINDS - 1), integers().between(0, 1_000_000),
        ContributionPropertiesTest::mutate);
  }

  static Mutation mutate(Contribution c, int kind, int choice) {
    switch (kind) {
      case 0 :
        return new Mutation("bad id", "/id", c.withId(pick(choice, "", "-x", "a b", "a".repeat(129), "ü1")));
      case 1 :
        return new Mutation("bad title", "/title",
            c.withTitle(pick(choice, " ", "t".repeat(301), "x\u0000y", "a\u009Fb")));
      case 2 :
        return new Mutation("bad language", "/language",
            c.withLanguage(pick(choice, "e", "en_US", "qqq", "x-only", "fr-")));
      case 3 :
        return new Mutation("bad name", "/contributor/name",
            c.withContributor(c.getContributor().withName(pick(choice, "\u00A0", "n".repeat(301)))));
      case 4 :
        return new Mutation("bad country", "/contributor/country",
            c.withContributor(c.getContributor().withCountry(pick(choice, "ken", "XXX", "KE", "KENY"))));
      case 5 :
        return new Mutation("government without country", "/contributor/country", c.withContributor(c.getContributor()
            .withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry(Optional.empty())));
      case 6 :
        return new Mutation("bad email", "/contributor/email",
            c.withContributor(
                c.getContributor().withEmail(pick(choice, "nobody", "a@b", "a..b@example.org", "a@example..org"))));
      case 7 :
        return new Mutation("future submission", "/submittedAt", c.withSubmittedAt(
            OffsetDateTime.ofInstant(ContributionGen.LATEST_SUBMISSION.plusSeconds(1 + choice),
                ZoneOffset.ofHours(-5))));
      case 8 :
        return new Mutation("submitted without time", "/submittedAt", complete(c).withSubmittedAt(Optional.empty()));
      case 9 :
        return new Mutation("submitted without action lines", "/actionLines", complete(c).withActionLines(List.of()));
      case 10 :
        return new Mutation("submitted without summary", "/summary", complete(c).withSummary(Optional.empty()));
      case 11 : {
        List<ActionLine> lines = new ArrayList<>(
            c.getActionLines().isEmpty() ? List.of(ActionLine.C1) : c.getActionLines());
        lines.add(lines.get(choice % lines.size()));
        return new Mutation("action line twice", "/actionLines/" + (lines.size() - 1), c.withActionLines(lines));
      }
      case 12 : {
        List<Sdg> sdgs = new ArrayList<>(c.getSdgs().isEmpty() ? List.of(Sdg.NO_POVERTY) : c.getSdgs());
        sdgs.add(sdgs.get(choice % sdgs.size()));
        return new Mutation("SDG twice", "/sdgs/" + (sdgs.size() - 1), c.withSdgs(sdgs));
      }
      case 13 :
        return new Mutation("long summary", "/summary",
            c.withSummary(pick(choice, "s".repeat(2001), "\uD83C\uDF10".repeat(2001), " ")));
      case 14 :
        return new Mutation("long body", "/body", c.withBody("b".repeat(200_001)));
      case 15 :
        return new Mutation("21 attachments", "/attachments",
            c.withAttachments(Collections.nCopies(21, validAttachment())));
      case 16 :
      case 17 :
      case 18 :
      case 19 : {
        List<Attachment> attachments = new ArrayList<>(
            c.getAttachments().isEmpty() ? List.of(validAttachment()) : c.getAttachments());
        int k = choice % attachments.size();
        Attachment a = attachments.get(k);
        String[] member = {"uri", "mediaType", "sha256", "title"};
        Attachment broken = kind == 16 ? a.withUri(pick(choice, "http://example.org/x", "https://", "//example.org/x"))
            : kind == 17 ? a.withMediaType(pick(choice, "pdf", "application/", "text/plain;charset=utf-8"))
            : kind == 18 ? a.withSha256(pick(choice, "", "ABCDEF".repeat(10) + "ABCD", "g".repeat(64)))
            : a.withTitle(pick(choice, "", "t".repeat(301)));
        attachments.set(k, broken);
        return new Mutation("bad attachment " + member[kind - 16], "/attachments/" + k + "/" + member[kind - 16],
            c.withAttachments(attachments));
      }
      case 20 :
        return new Mutation("31 keywords", "/keywords",
            c.withKeywords(IntStream.range(0, 31).mapToObj(i -> "keyword " + i).collect(Collectors.toList())));
      case 21 : {
        List<String> keywords = new ArrayList<>(c.getKeywords().isEmpty() ? List.of("k") : c.getKeywords());
        int k = choice % keywords.size();
        boolean duplicate = choice % 2 == 0;
        if (duplicate) {
          keywords.add(keywords.get(k));
          return new Mutation("keyword twice", "/keywords/" + (keywords.size() - 1), c.withKeywords(keywords));
        }
        keywords.set(k, "k".repeat(101));
        return new Mutation("long keyword", "/keywords/" + k, c.withKeywords(keywords));
      }
      default :
        return choice % 2 == 0
            ? new Mutation("unknown process", "/process", c.withProcess("wsis+" + (30 + choice % 50)))
            : new Mutation("unknown schema version", "/schemaVersion", c.withSchemaVersion("1." + (1 + choice % 9)));
    }
  }

  /** The contribution as a SUBMITTED one, with what that status needs, keeping it valid. */
  static Contribution complete(Contribution c) {
    Contribution out = c.withStatus(ContributionStatus.SUBMITTED);
    if (out.getSubmittedAt().isEmpty()) {
      out = out.withSubmittedAt(OffsetDateTime.ofInstant(ContributionGen.LATEST_SUBMISSION, ZoneOffset.UTC));
    }
    if (out.getActionLines().isEmpty()) {
      out = out.withActionLines(ActionLine.C1);
    }
    return out.getSummary().isEmpty() ? out.withSummary("summary") : out;
  }

  static Attachment validAttachment() {
    return Attachment.builder().uri("https://example.org/a.pdf").mediaType("application/pdf").build();
  }

  @SafeVarargs
  static <T> T pick(int choice, T... options) {
    return options[choice % options.length];
  }

  static ValidationReport validate(Contribution c) {
    return VALIDATOR.validate(c, Locale.ENGLISH);
  }

  @Test
  void generatedValidContributions_areValid() {
    qt().withExamples(2000).forAll(ContributionGen.valid())
        .checkAssert(c -> assertThat(Reports.located(validate(c))).as("%s", c).isEmpty());
  }

  @Test
  void oneBrokenField_isReportedAtThatFieldOnly() {
    qt().withExamples(3000).forAll(mutations())
        .checkAssert(m -> {
          assertThat(validate(m.broken()).isValid()).as("%s", m).isFalse();
          assertThat(Reports.pointers(validate(m.broken()))).as("%s", m).isEqualTo(Set.of(m.pointer()));
        });
  }

  @Test
  void everyKindOfMutation_isGenerated() {
    Set<String> pointers = new java.util.TreeSet<>();
    qt().withExamples(3000).forAll(mutations()).checkAssert(m -> pointers.add(m.pointer().replaceAll("/\\d+", "/N")));
    assertThat(pointers).contains("/id", "/title", "/language", "/contributor/name", "/contributor/country",
        "/contributor/email", "/submittedAt", "/actionLines", "/actionLines/N", "/sdgs/N", "/summary", "/body",
        "/attachments", "/attachments/N/uri", "/attachments/N/mediaType", "/attachments/N/sha256",
        "/attachments/N/title", "/keywords", "/keywords/N", "/process", "/schemaVersion");
  }
}
