package io.github.wsis20.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of contributions that follow every rule of wire format 1.0, when
 * validated with a clock at or after {@link #LATEST_SUBMISSION} and with {@code wsis+20} and
 * {@code wsis+10} as known review processes. Texts mix ASCII, accented Latin, Arabic, Chinese,
 * Cyrillic and characters outside the Basic Multilingual Plane.
 */
public final class ContributionGen {
  /** The latest submission time a generated contribution has. */
  public static final Instant LATEST_SUBMISSION = Instant.parse("2026-01-01T00:00:00Z");

  private static final String[] COUNTRIES = {"KEN", "CHE", "BRA", "IND", "FRA", "CHN", "RUS", "EGY", "USA", "ZAF"};
  private static final String[] LANGUAGES = {"en", "fr", "es", "ar", "ru", "zh", "zh-Hans", "pt-BR", "sw", "de-CH"};
  private static final String[] MEDIA_TYPES = {"application/pdf", "text/plain", "image/png",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  private static final String[] WORDS = {"connectivity", "réseaux", "الاتصال", "互联网", "связь", "inclusión",
      "community", "rural", "\uD83C\uDF10", "AI", "data", "skills"};

  private ContributionGen() {}

  /**
   * Valid contributions of every status.
   *
   * @return the generator
   */
  public static Gen<Contribution> valid() {
    return Generate.enumValues(ContributionStatus.class).flatMap(ContributionGen::valid);
  }

  /**
   * Valid contributions of one status. Drafts leave out, at random, what only drafts may leave out.
   *
   * @param status the status
   * @return the generator
   */
  public static Gen<Contribution> valid(ContributionStatus status) {
    return in -> {
      boolean draft = status == ContributionStatus.DRAFT;
      Contribution.Builder b = Contribution.builder()
          .id(id().generate(in))
          .process(booleans().all().generate(in) ? "wsis+20" : "wsis+10")
          .title(text(1, 300).generate(in))
          .language(pick(LANGUAGES).generate(in))
          .contributor(stakeholder().generate(in))
          .status(status);
      if (!draft || booleans().all().generate(in)) {
        b.submittedAt(submittedAt().generate(in));
      }
      if (!draft || booleans().all().generate(in)) {
        b.actionLines(distinct(Generate.enumValues(ActionLine.class), 1, 5).generate(in));
      }
      b.sdgs(distinct(Generate.enumValues(Sdg.class), 0, 4).generate(in));
      if (!draft || booleans().all().generate(in)) {
        b.summary(text(1, 2000).generate(in));
      }
      if (booleans().all().generate(in)) {
        b.body(text(0, 3000).generate(in));
      }
      b.attachments(lists().of(attachment()).ofSizeBetween(0, 3).generate(in));
      b.keywords(distinct(text(1, 100), 0, 5).generate(in));
      return b.build();
    };
  }

  /**
   * Valid contributors: a government always names its country.
   *
   * @return the generator
   */
  public static Gen<Stakeholder> stakeholder() {
    return in -> {
      StakeholderGroup group = Generate.enumValues(StakeholderGroup.class).generate(in);
      Stakeholder.Builder b = Stakeholder.builder().name(text(1, 300).generate(in)).stakeholderGroup(group);
      if (group == StakeholderGroup.GOVERNMENT || booleans().all().generate(in)) {
        b.country(pick(COUNTRIES).generate(in));
      }
      if (booleans().all().generate(in)) {
        b.email("contact" + integers().between(0, 9999).generate(in) + "@example.org");
      }
      return b.build();
    };
  }

  /**
   * Valid attachments.
   *
   * @return the generator
   */
  public static Gen<Attachment> attachment() {
    return in -> {
      Attachment.Builder b = Attachment.builder()
          .uri("https://example.org/files/" + integers().between(0, 100000).generate(in) + ".bin")
          .mediaType(pick(MEDIA_TYPES).generate(in));
      if (booleans().all().generate(in)) {
        b.sha256(strings().betweenCodePoints('a', 'f').ofLength(32).generate(in)
            + strings().betweenCodePoints('0', '9').ofLength(32).generate(in));
      }
      Optional<String> title = booleans().all().generate(in) ? Optional.of(text(1, 300).generate(in))
          : Optional.empty();
      return b.title(title).build();
    };
  }

  /**
   * Valid contribution ids.
   *
   * @return the generator
   */
  public static Gen<String> id() {
    Gen<String> first = strings().betweenCodePoints('a', 'z').ofLength(1);
    Gen<String> rest = strings().betweenCodePoints('-', 'z')
        .ofLengthBetween(0, 40)
        .map(s -> s.replaceAll("[^A-Za-z0-9._:-]", "_"));
    return first.zip(rest, String::concat);
  }

  /**
   * Submission times from 2003 to {@link #LATEST_SUBMISSION}, with offsets from -12:00 to +14:00.
   *
   * @return the generator
   */
  public static Gen<OffsetDateTime> submittedAt() {
    long from = Instant.parse("2003-12-10T00:00:00Z").getEpochSecond();
    return longs().between(from, LATEST_SUBMISSION.getEpochSecond())
        .zip(integers().between(-12 * 4, 14 * 4), (seconds, quarters) -> OffsetDateTime
            .ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.ofTotalSeconds(quarters * 900)));
  }

  /**
   * Texts of {@code min} to {@code max} code points with no control characters, never blank.
   *
   * @param min the fewest code points, at least 0
   * @param max the most code points
   * @return the generator
   */
  public static Gen<String> text(int min, int max) {
    return in -> {
      int words = integers().between(1, 8).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(pick(WORDS).generate(in));
      }
      String s = sb.toString();
      int length = s.codePointCount(0, s.length());
      if (length > max) {
        s = s.substring(0, s.offsetByCodePoints(0, max)).strip();
      }
      while (s.codePointCount(0, s.length()) < Math.max(min, 1) || s.isBlank()) {
        s = s + "x";
      }
      return s;
    };
  }

  private static <T> Gen<T> pick(T[] values) {
    return integers().between(0, values.length - 1).map(i -> values[i]);
  }

  private static <T> Gen<List<T>> distinct(Gen<T> items, int min, int max) {
    return in -> {
      int size = integers().between(min, max).generate(in);
      LinkedHashSet<T> set = new LinkedHashSet<>();
      for (int attempts = 0; set.size() < size && attempts < size * 20 + 20; attempts++) {
        set.add(items.generate(in));
      }
      List<T> list = new ArrayList<>(set);
      return list;
    };
  }
}
