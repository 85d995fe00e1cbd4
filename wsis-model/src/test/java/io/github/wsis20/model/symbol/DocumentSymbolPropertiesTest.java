package io.github.wsis20.model.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over generated symbols of every grammar: printing and parsing are inverse, spelling
 * variants parse to the same symbol, and no text makes the parser throw anything but an {@link
 * IllegalArgumentException}.
 */
class DocumentSymbolPropertiesTest {

  /** A canonical symbol built from its parts, with the issuer its grammar belongs to. */
  record Sample(Issuer issuer, String canonical) {}

  private static final Gen<Integer> SERIAL = integers().between(1, 99999);
  private static final Gen<Optional<Integer>> MAYBE_SERIAL = SERIAL.toOptionals(50);
  private static final Gen<Integer> YEAR = integers().between(1900, 2099);

  private static final Gen<Sample> GA_RESOLUTION = integers()
      .between(10, 999)
      .zip(SERIAL, (s, n) -> new Sample(Issuer.GENERAL_ASSEMBLY, "A/RES/" + s + "/" + n));

  private static final Gen<Sample> GA_DRAFT = integers()
      .between(10, 999)
      .zip(
          SERIAL,
          MAYBE_SERIAL,
          (s, n, rev) -> new Sample(
              Issuer.GENERAL_ASSEMBLY,
              "A/" + s + "/L." + n + rev.map(r -> "/Rev." + r).orElse("")));

  private static final Gen<Sample> ECOSOC_RESOLUTION = YEAR.zip(SERIAL,
      (y, n) -> new Sample(Issuer.ECOSOC, "E/RES/" + y + "/" + n));

  private static final Gen<String> CSTD_SUFFIXES = arbitrary()
      .pick(
          List.of(
              List.<String>of(),
              List.of("Rev"),
              List.of("Add"),
              List.of("Rev", "Add"),
              List.of("Add", "Rev")))
      .zip(
          SERIAL,
          SERIAL,
          MAYBE_SERIAL,
          (order, first, second, corr) -> {
            StringBuilder suffixes = new StringBuilder();
            for (int i = 0; i < order.size(); i++) {
              suffixes.append('/').append(order.get(i)).append('.').append(i == 0 ? first : second);
            }
            corr.ifPresent(c -> suffixes.append("/Corr.").append(c));
            return suffixes.toString();
          });

  private static final Gen<Sample> CSTD_DOCUMENT = YEAR.zip(
      arbitrary().pick(List.of("", "CRP.", "L.")),
      SERIAL,
      CSTD_SUFFIXES,
      (y, series, n, suffixes) -> new Sample(Issuer.CSTD, "E/CN.16/" + y + "/" + series + n + suffixes));

  private static final Gen<Sample> WSIS_DOCUMENT = arbitrary()
      .pick(List.of("WSIS-03/GENEVA", "WSIS-05/TUNIS"))
      .zip(
          SERIAL,
          MAYBE_SERIAL,
          arbitrary().pick(List.of('E', 'F', 'S', 'R', 'A', 'C')),
          (summit, n, rev, letter) -> new Sample(
              Issuer.WSIS,
              summit + "/DOC/" + n + rev.map(r -> "(Rev." + r + ")").orElse("") + "-" + letter));

  private static final Gen<Sample> UNESCO_RESOLUTION = integers()
      .between(1, 99)
      .zip(SERIAL, (s, n) -> new Sample(Issuer.UNESCO_GENERAL_CONFERENCE, s + " C/Res. " + n));

  private static final Gen<String> PLACE = lists()
      .of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10))
      .ofSizeBetween(1, 3)
      .zip(
          integers().all(),
          (words, separators) -> {
            StringBuilder place = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
              if (i > 0) {
                place.append((separators >> i & 1) == 0 ? ' ' : '-');
              }
              String word = words.get(i);
              place.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
            return place.toString();
          })
      // A first word "Rev", "Mod" or "Modified" reads as a garbled revision or modification.
      .assuming(place -> !place.matches("(Rev|Mod|Modified)([ -].*)?"));

  private static final Gen<Sample> PP_RESOLUTION = SERIAL.zip(
      arbitrary().pick(List.of("", "Rev. ")),
      PLACE,
      integers().between(1800, 2099),
      (n, rev, place, y) -> new Sample(
          Issuer.ITU_PLENIPOTENTIARY,
          "Resolution " + n + " (" + rev + place + ", " + y + ")"));

  private static final Gen<Sample> COUNCIL_RESOLUTION = SERIAL.zip(
      YEAR.toOptionals(50),
      (n, modified) -> new Sample(
          Issuer.ITU_COUNCIL,
          "Resolution " + n + modified.map(y -> " (Modified " + y + ")").orElse("")));

  private static final Gen<Sample> COUNCIL_DOCUMENT = integers()
      .between(0, 99)
      .zip(
          arbitrary().pick(List.of("", "ADM/", "DT/")),
          SERIAL,
          (yy, series, n) -> new Sample(
              Issuer.ITU_COUNCIL, String.format(Locale.ROOT, "C%02d/%s%d", yy, series, n)));

  private static final List<Gen<Sample>> GRAMMARS = List.of(
      GA_RESOLUTION,
      GA_DRAFT,
      ECOSOC_RESOLUTION,
      CSTD_DOCUMENT,
      WSIS_DOCUMENT,
      UNESCO_RESOLUTION,
      PP_RESOLUTION,
      COUNCIL_RESOLUTION,
      COUNCIL_DOCUMENT);

  private static final Gen<Sample> ANY_SYMBOL = integers().between(0, GRAMMARS.size() - 1)
      .<Sample>flatMap(GRAMMARS::get);

  @Test
  void parse_readsEveryGeneratedCanonicalSymbolBackUnchanged() {
    qt().forAll(ANY_SYMBOL)
        .checkAssert(
            sample -> {
              DocumentSymbol symbol = DocumentSymbol.parse(sample.canonical());
              assertThat(symbol.toString()).isEqualTo(sample.canonical());
              assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol);
              assertThat(DocumentSymbol.parse(symbol.toString()).toString())
                  .isEqualTo(symbol.toString());
            });
  }

  @Test
  void parse_assignsEveryGeneratedSymbolToTheIssuerOfItsGrammar() {
    qt().forAll(ANY_SYMBOL)
        .checkAssert(
            sample -> assertThat(DocumentSymbol.parse(sample.canonical()).getIssuer())
                .isEqualTo(sample.issuer()));
  }

  @Test
  void parse_readsRespelledSymbolsAsTheSameSymbol() {
    qt().forAll(ANY_SYMBOL, longs().all())
        .checkAssert(
            (sample, seed) -> assertThat(DocumentSymbol.parse(respell(sample.canonical(), new Random(seed))))
                .hasToString(sample.canonical()));
  }

  @Test
  void parse_throwsOnlyIllegalArgumentExceptionForRandomText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 2 * DocumentSymbol.MAX_LENGTH))
        .checkAssert(DocumentSymbolPropertiesTest::parsesOrRefusesBriefly);
  }

  @Test
  void parse_throwsOnlyIllegalArgumentExceptionForMutatedSymbols() {
    qt().forAll(ANY_SYMBOL, longs().all())
        .checkAssert(
            (sample, seed) -> parsesOrRefusesBriefly(mutate(sample.canonical(), new Random(seed))));
  }

  private static void parsesOrRefusesBriefly(String text) {
    try {
      DocumentSymbol.parse(text);
    } catch (IllegalArgumentException e) {
      // The message quotes at most 40 characters of the text, plus bounded tokens.
      assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(700);
    }
  }

  /** Changes the case of letters and the whitespace, as far as the grammars allow. */
  private static String respell(String canonical, Random random) {
    StringBuilder text = new StringBuilder(whitespace(random, 0));
    for (char c : canonical.toCharArray()) {
      if (c == ' ') {
        text.append(whitespace(random, 1));
      } else if (c == '/') {
        text.append(whitespace(random, 0)).append('/').append(whitespace(random, 0));
      } else {
        text.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }
    return text.append(whitespace(random, 0)).toString();
  }

  private static String whitespace(Random random, int atLeast) {
    String kinds = " \t\n\u00A0";
    StringBuilder run = new StringBuilder();
    for (int i = atLeast + random.nextInt(3); i > 0; i--) {
      run.append(kinds.charAt(random.nextInt(kinds.length())));
    }
    return run.toString();
  }

  /** Inserts, deletes or replaces a few characters, mostly ones that the grammars care about. */
  private static String mutate(String canonical, Random random) {
    String alphabet = "/.-(), 0123456789ACDELRSTUVWXaeilorsu\t\u0007\u200B\u2013";
    StringBuilder text = new StringBuilder(canonical);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(text.length() + 1);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> text.insert(at, c);
        case 1 -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
          }
        }
        default -> {
          if (at < text.length()) {
            text.setCharAt(at, c);
          }
        }
      }
    }
    return text.toString();
  }
}
