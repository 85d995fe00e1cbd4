package io.github.wsis20.model.symbol;

import io.github.wsis20.model.UnLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol, such as {@code A/RES/70/125}: parsed from any accepted spelling, printed
 * in one canonical form, and aware of the body that issued it. Immutable; equal when the canonical
 * forms are equal.
 *
 * <h2>Grammars and canonical forms</h2>
 *
 * <p>{@code <n>} is a number from 1 to 99999 without leading zeros; {@code <year>} has four digits
 * (19xx or 20xx, and 18xx for the ITU Plenipotentiary Conference).
 *
 * <ul>
 *   <li>General Assembly resolution: {@code A/RES/<session>/<n>}, the session having two or three
 *       digits. Running text {@code General Assembly resolution 70/125} is accepted too and
 *       prints as {@code A/RES/70/125}.
 *   <li>General Assembly draft: {@code A/<session>/L.<n>}, optionally {@code /Rev.<n>}.
 *   <li>ECOSOC resolution: {@code E/RES/<year>/<n>}; running text {@code resolution 2006/46},
 *       {@code ECOSOC resolution 2006/46} and {@code Economic and Social Council resolution 2006/46}
 *       print as {@code E/RES/2006/46}.
 *   <li>CSTD document: {@code E/CN.16/<year>/<n>}, {@code E/CN.16/<year>/CRP.<n>} or the draft
 *       {@code E/CN.16/<year>/L.<n>}, optionally followed by {@code /Rev.<n>} and {@code /Add.<n>}
 *       in either order (each at most once; the order is kept because it names a different
 *       document: {@code /Add.1/Rev.1} revises an addendum, {@code /Rev.1/Add.1} adds to a
 *       revision), then optionally {@code /Corr.<n>}.
 *   <li>WSIS document: {@code WSIS-03/GENEVA/DOC/<n>-<L>} or {@code WSIS-05/TUNIS/DOC/<n>-<L>},
 *       optionally with {@code (Rev.<n>)} before the language letter {@code <L>}, one of {@code E
 *       F S R A C}. The summit and its city must agree.
 *   <li>UNESCO General Conference resolution: {@code <session> C/Res. <n>} or {@code <session>
 *       C/Resolution <n>}, the session being 1 to 99; prints as {@code 42 C/Res. 40}.
 *   <li>ITU Plenipotentiary Conference resolution: {@code Resolution <n> (<Place>, <year>)}, or
 *       {@code Resolution <n> (Rev. <Place>, <year>)} for a revision. The two are different
 *       symbols. The place is one or more words of ASCII letters joined by single spaces or
 *       hyphens, printed with each word capitalised and the rest in lower case ({@code BUCHAREST}
 *       prints as {@code Bucharest}, {@code sharm el-sheikh} as {@code Sharm El-Sheikh}); its
 *       first word cannot be {@code Rev}, {@code Mod} or {@code Modified}, which are far likelier
 *       to be a misspelt revision or Council modification.
 *   <li>ITU Council resolution: {@code Resolution <n>}, optionally {@code (Modified <year>)} or
 *       {@code (Mod. <year>)}; prints {@code Modified}. A resolution with a place and year in
 *       parentheses is a Plenipotentiary one; without them, or with a modification year only, it
 *       is a Council one.
 *   <li>ITU Council document: {@code C<yy>/<n>}, {@code C<yy>/ADM/<n>} or {@code C<yy>/DT/<n>},
 *       with a two-digit year.
 * </ul>
 *
 * <h2>Normalisation</h2>
 *
 * <p>Keywords and letters are matched without regard to case and printed as above. Leading and
 * trailing whitespace is ignored, and a run of whitespace counts as one space. A space may be added
 * or left out around slashes, parentheses, the comma of an ITU place and year and the hyphens of a
 * WSIS symbol, and after a keyword's dot ({@code L. 41}, {@code 42 C/Res.40}).
 * Whitespace is the space, tab, line feed, carriage return and any Unicode space separator (such as
 * the no-break space); the dashes U+2010 to U+2013 count as a hyphen.
 *
 * <p>A bare {@code resolution 70/125}, with a two- or three-digit first part, is refused: the Human
 * Rights Council and ECOSOC's functional commissions number their resolutions the same way, so
 * only the context says whose it is. Qualify it as {@code General Assembly resolution 70/125}.
 */
public final class DocumentSymbol {

  /** The longest text, in UTF-16 chars and before any trimming, that {@link #parse} accepts. */
  public static final int MAX_LENGTH = 200;

  /** What kind of document a symbol names. */
  public enum Kind {
    /** An adopted resolution. */
    RESOLUTION,
    /**
     * A draft of limited distribution (an {@code L.} document), usually a draft resolution or
     * decision.
     */
    DRAFT,
    /** Any other document: reports, notes, conference room papers, outcome documents. */
    DOCUMENT
  }

  // How much of a refused text a message may quote: enough to recognise it, bounded so that
  // messages (and the logs they end up in) stay small whatever the input.
  private static final int QUOTED_MAX = 40;
  private static final int TOKEN_MAX = 20;

  private static final String SLASH = " ?/ ?";
  private static final String END_OF_WORD = "(?![A-Z])";
  private static final String GA_SESSION = "(?<session>[1-9]\\d{1,2})(?!\\d)";
  private static final String SERIAL = "[1-9]\\d{0,4}(?!\\d)";
  // Possessive, so that a long run of letters and spaces cannot make the matcher backtrack.
  private static final String PLACE = "[A-Z]++(?:[ -][A-Z]++)*+";

  private static final Pattern SUFFIX = Pattern.compile("(REV|ADD|CORR) ?\\. ?(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_ZERO = Pattern.compile("0\\d+");
  private static final Pattern AMBIGUOUS_RUNNING_TEXT = Pattern.compile("RESOLUTION ?[1-9]\\d{1,2} ?/",
      Pattern.CASE_INSENSITIVE);

  private static final String EXAMPLES = "A/RES/70/125, A/80/L.41, E/RES/2023/3, E/CN.16/2024/3, WSIS-05/TUNIS/DOC/6(Rev.1)-E,"
      + " 42 C/Res. 40, Resolution 140 (Rev. Bucharest, 2022), Resolution 1332 or C23/58";

  // In the order their families are tried when explaining a refusal: a more specific prefix
  // (A/RES) before a more general one (A/), running text before the ITU "Resolution <n>" forms.
  private static final List<Grammar> GRAMMARS = List.of(
      grammar(
          "a General Assembly resolution",
          "A/RES/<session>/<number>",
          "A ?/ ?RES" + END_OF_WORD,
          DocumentSymbol::gaResolution,
          stage("'A/RES'", "A ?/ ?RES" + END_OF_WORD),
          stage("session (two or three digits)", SLASH + GA_SESSION),
          stage("resolution number", SLASH + number("n"))),
      grammar(
          "a General Assembly draft",
          "A/<session>/L.<number>, optionally followed by /Rev.<number>",
          "A ?/",
          m -> new DocumentSymbol(
              Issuer.GENERAL_ASSEMBLY,
              Kind.DRAFT,
              "A/" + m.group("session") + "/L." + m.group("n") + revision(m, "/Rev.", ""),
              m.group("n"),
              0,
              null),
          stage("'A/'", "A ?/"),
          stage("session (two or three digits)", " ?" + GA_SESSION),
          stage("draft number (L.<number>)", SLASH + "L ?\\. ?" + number("n")),
          optional(
              "revision (/Rev.<number>)", SLASH + "REV ?\\. ?" + number("rev"), SLASH)),
      grammar(
          "an ECOSOC resolution",
          "E/RES/<year>/<number>",
          "E ?/ ?RES" + END_OF_WORD,
          DocumentSymbol::ecosocResolution,
          stage("'E/RES'", "E ?/ ?RES" + END_OF_WORD),
          stage("year (four digits)", SLASH + year("year")),
          stage("resolution number", SLASH + number("n"))),
      grammar(
          "a CSTD document",
          "E/CN.16/<year>/<number>, E/CN.16/<year>/CRP.<number> or E/CN.16/<year>/L.<number>,"
              + " optionally followed by /Rev.<number> and /Add.<number> in either order,"
              + " then /Corr.<number>",
          "E ?/ ?CN ?\\. ?16(?!\\d)",
          DocumentSymbol::cstdDocument,
          stage("'E/CN.16'", "E ?/ ?CN ?\\. ?16(?!\\d)"),
          stage("year (four digits)", SLASH + year("year")),
          stage(
              "document number (<number>, CRP.<number> or L.<number>)",
              SLASH + "(?:(?<series>CRP|L) ?\\. ?)?" + number("n")),
          optional(
              "suffix (/Rev.<number> and /Add.<number> in either order, then /Corr.<number>)",
              "(?<suffixes>(?:"
                  + suffix("REV")
                  + "(?:"
                  + suffix("ADD")
                  + ")?|"
                  + suffix("ADD")
                  + "(?:"
                  + suffix("REV")
                  + ")?)?(?:"
                  + suffix("CORR")
                  + ")?)",
              SLASH)),
      grammar(
          "a WSIS document",
          "WSIS-03/GENEVA/DOC/<number>-<language> or WSIS-05/TUNIS/DOC/<number>-<language>,"
              + " optionally with (Rev.<number>) before the language letter E, F, S, R, A or C",
          "WSIS" + END_OF_WORD,
          DocumentSymbol::wsisDocument,
          stage("'WSIS'", "WSIS" + END_OF_WORD),
          stage("summit (-03 or -05)", " ?- ?(?<summit>0[35])(?!\\d)"),
          // The look-behinds tie each city to its summit, so WSIS-03/TUNIS is refused here.
          stage(
              "city (GENEVA for WSIS-03, TUNIS for WSIS-05)",
              SLASH + "(?:(?<=03 ?/ ?)GENEVA|(?<=05 ?/ ?)TUNIS)" + END_OF_WORD),
          stage("'DOC'", SLASH + "DOC" + END_OF_WORD),
          stage("document number", SLASH + number("n")),
          optional(
              "revision ((Rev.<number>))", " ?\\( ?REV ?\\. ?" + number("rev") + " ?\\)", " ?\\("),
          stage(
              "language letter (-E, -F, -S, -R, -A or -C)",
              " ?- ?(?<language>[EFSRAC])" + END_OF_WORD)),
      grammar(
          "a UNESCO General Conference resolution",
          "<session> C/Res. <number> or <session> C/Resolution <number>",
          "\\d+ ?C ?/",
          m -> new DocumentSymbol(
              Issuer.UNESCO_GENERAL_CONFERENCE,
              Kind.RESOLUTION,
              m.group("session") + " C/Res. " + m.group("n"),
              m.group("n"),
              0,
              null),
          stage("session (1 to 99)", "(?<session>[1-9]\\d?)(?!\\d)"),
          stage("' C/'", " ?C ?/ ?"),
          stage("'Res.' or 'Resolution'", "(?:RES ?\\.|RESOLUTION" + END_OF_WORD + ")"),
          stage("resolution number", " ?" + number("n"))),
      grammar(
          "a General Assembly resolution in running text",
          "General Assembly resolution <session>/<number>",
          "GENERAL ASSEMBLY RESOLUTION" + END_OF_WORD,
          DocumentSymbol::gaResolution,
          stage("'General Assembly resolution'", "GENERAL ASSEMBLY RESOLUTION" + END_OF_WORD),
          stage("session (two or three digits)", " ?" + GA_SESSION),
          stage("resolution number", SLASH + number("n"))),
      grammar(
          "an ECOSOC resolution in running text",
          "ECOSOC resolution <year>/<number>",
          "(?:ECOSOC|ECONOMIC AND SOCIAL COUNCIL) RESOLUTION" + END_OF_WORD,
          DocumentSymbol::ecosocResolution,
          stage(
              "'ECOSOC resolution'",
              "(?:ECOSOC|ECONOMIC AND SOCIAL COUNCIL) RESOLUTION" + END_OF_WORD),
          stage("year (four digits)", " ?" + year("year")),
          stage("resolution number", SLASH + number("n"))),
      grammar(
          "an ECOSOC resolution in running text",
          "resolution <year>/<number>",
          "RESOLUTION ?\\d+ ?/",
          DocumentSymbol::ecosocResolution,
          stage("'resolution'", "RESOLUTION" + END_OF_WORD),
          stage("year (four digits)", " ?" + year("year")),
          stage("resolution number", SLASH + number("n"))),
      grammar(
          "an ITU Plenipotentiary Conference resolution",
          "Resolution <number> (<Place>, <year>) or Resolution <number> (Rev. <Place>, <year>)",
          "RESOLUTION ?\\d+ ?\\((?! ?MOD)",
          DocumentSymbol::ppResolution,
          stage("'Resolution'", "RESOLUTION" + END_OF_WORD),
          stage("resolution number", " ?" + number("n")),
          stage("opening parenthesis", " ?\\( ?"),
          optional("'Rev.'", "(?<rev>REV) ?\\. ?", null),
          // A place called "Rev" is far likelier to be a revision whose dot is missing, and
          // one called "Mod" or "Modified" a garbled Council modification.
          stage(
              "place (words of letters joined by spaces or hyphens)",
              "(?!(?:REV|MOD|MODIFIED)" + END_OF_WORD + ")(?<place>" + PLACE + ")"),
          stage(
              "year (a comma, then four digits)",
              " ?, ?(?<year>(?:18|19|20)\\d\\d)(?!\\d)"),
          stage("closing parenthesis", " ?\\)")),
      grammar(
          "an ITU Council resolution",
          "Resolution <number>, optionally followed by (Modified <year>) or (Mod. <year>)",
          "RESOLUTION" + END_OF_WORD,
          m -> new DocumentSymbol(
              Issuer.ITU_COUNCIL,
              Kind.RESOLUTION,
              "Resolution "
                  + m.group("n")
                  + (m.group("year") == null ? "" : " (Modified " + m.group("year") + ")"),
              m.group("n"),
              m.group("year") == null ? 0 : Integer.parseInt(m.group("year")),
              null),
          stage("'Resolution'", "RESOLUTION" + END_OF_WORD),
          stage("resolution number", " ?" + number("n")),
          optional(
              "modification ((Modified <year>) or (Mod. <year>))",
              " ?\\( ?(?:MODIFIED" + END_OF_WORD + "|MOD ?\\.) ?" + year("year") + " ?\\)",
              " ?\\(")),
      grammar(
          "an ITU Council document",
          "C<yy>/<number>, C<yy>/ADM/<number> or C<yy>/DT/<number>",
          "C ?\\d",
          DocumentSymbol::councilDocument,
          stage("'C'", "C"),
          stage("session year (two digits after C)", " ?(?<yy>\\d\\d)(?!\\d)"),
          optional("series (ADM or DT)", SLASH + "(?<series>ADM|DT)" + END_OF_WORD, null),
          stage("document number", SLASH + number("n"))));

  private final Issuer issuer;
  private final Kind kind;
  private final String canonical;
  private final int number;
  private final int year;
  private final UnLanguage language;

  private DocumentSymbol(
      Issuer issuer, Kind kind, String canonical, String number, int year, UnLanguage language) {
    this.issuer = issuer;
    this.kind = kind;
    this.canonical = canonical;
    this.number = Integer.parseInt(number);
    this.year = year;
    this.language = language;
  }

  /**
   * Parses a document symbol of any supported series, normalising its spelling (see the class
   * description for the grammars and the normalisation rules).
   *
   * @param text the symbol, such as {@code "a/res/70/125"} or {@code "RESOLUTION 140 (REV.
   *     BUCHAREST, 2022)"}
   * @return the symbol
   * @throws InvalidSymbolException (an {@link IllegalArgumentException}) if the text is longer than
   *     {@link #MAX_LENGTH}, contains a control or invisible formatting character other than tab,
   *     line feed and carriage return, is blank, or does not follow any grammar; the message says
   *     which series the text looked like and which part is missing or wrong, quoting at most the
   *     first 40 characters of the text
   * @throws NullPointerException if the text is null
   */
  public static DocumentSymbol parse(String text) {
    String normal = normalise(text);
    for (Grammar grammar : GRAMMARS) {
      Matcher matcher = grammar.full().matcher(normal);
      if (matcher.matches()) {
        return grammar.build().apply(matcher);
      }
    }
    throw new InvalidSymbolException(explain(normal));
  }

  /**
   * Parses a document symbol like {@link #parse(String)}, but answers empty instead of throwing
   * when the text is not one.
   *
   * @param text the symbol
   * @return the symbol, or empty when {@link #parse(String)} would refuse the text
   * @throws NullPointerException if the text is null
   */
  public static Optional<DocumentSymbol> tryParse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (InvalidSymbolException e) {
      return Optional.empty();
    }
  }

  /**
   * The body whose series this symbol belongs to.
   *
   * @return the issuer, such as {@link Issuer#GENERAL_ASSEMBLY} for {@code A/RES/70/125}
   */
  public Issuer getIssuer() {
    return issuer;
  }

  /**
   * Whether the symbol names a resolution, a draft or another document.
   *
   * @return the kind: {@link Kind#DRAFT} for {@code A/80/L.41} and {@code E/CN.16/2024/L.2},
   *     {@link Kind#RESOLUTION} for every resolution form, {@link Kind#DOCUMENT} otherwise
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The serial number of the resolution or document within its series, without the numbers of
   * revisions, addenda or corrigenda.
   *
   * @return 125 for {@code A/RES/70/125}, 41 for {@code A/80/L.41/Rev.1}, 2 for {@code
   *     E/CN.16/2024/CRP.2/Add.1}, 6 for {@code WSIS-05/TUNIS/DOC/6(Rev.1)-E}, 140 for {@code
   *     Resolution 140 (Rev. Bucharest, 2022)}
   */
  public int getNumber() {
    return number;
  }

  /**
   * The calendar year that the symbol states: the year of an ECOSOC resolution or CSTD document,
   * of the WSIS summit (2003 or 2005), of the Plenipotentiary Conference, of a Council
   * resolution's modification, or of a Council document ({@code C23} is 2023; {@code C70} to
   * {@code C99} are 1970 to 1999).
   *
   * @return the year, or empty when the symbol states a session rather than a year (General
   *     Assembly, UNESCO) or no year at all (an unmodified Council resolution)
   */
  public OptionalInt getYear() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * The language version that the symbol names; only WSIS symbols name one.
   *
   * @return the language of the final letter of a WSIS symbol ({@code -E} is English), or empty
   */
  public Optional<UnLanguage> getLanguage() {
    return Optional.ofNullable(language);
  }

  /**
   * Compares by canonical form: two symbols are equal when they print the same.
   *
   * @param other any object
   * @return whether {@code other} is a symbol with the same canonical form
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentSymbol && ((DocumentSymbol) other).canonical.equals(canonical);
  }

  /**
   * A hash of the canonical form, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * The canonical form, which {@link #parse(String)} reads back as an equal symbol.
   *
   * @return the symbol, such as {@code "Resolution 140 (Rev. Bucharest, 2022)"}
   */
  @Override
  public String toString() {
    return canonical;
  }

  private static DocumentSymbol gaResolution(Matcher m) {
    return new DocumentSymbol(
        Issuer.GENERAL_ASSEMBLY,
        Kind.RESOLUTION,
        "A/RES/" + m.group("session") + "/" + m.group("n"),
        m.group("n"),
        0,
        null);
  }

  private static DocumentSymbol ecosocResolution(Matcher m) {
    return new DocumentSymbol(
        Issuer.ECOSOC,
        Kind.RESOLUTION,
        "E/RES/" + m.group("year") + "/" + m.group("n"),
        m.group("n"),
        Integer.parseInt(m.group("year")),
        null);
  }

  private static DocumentSymbol cstdDocument(Matcher m) {
    String series = m.group("series");
    StringBuilder symbol = new StringBuilder("E/CN.16/").append(m.group("year")).append('/');
    if (series != null) {
      symbol.append(series.toUpperCase(Locale.ROOT)).append('.');
    }
    symbol.append(m.group("n"));
    String suffixes = m.group("suffixes");
    if (suffixes != null) {
      Matcher suffix = SUFFIX.matcher(suffixes);
      while (suffix.find()) {
        symbol.append('/').append(capitalise(suffix.group(1))).append('.').append(suffix.group(2));
      }
    }
    return new DocumentSymbol(
        Issuer.CSTD,
        "L".equalsIgnoreCase(series) ? Kind.DRAFT : Kind.DOCUMENT,
        symbol.toString(),
        m.group("n"),
        Integer.parseInt(m.group("year")),
        null);
  }

  private static DocumentSymbol wsisDocument(Matcher m) {
    boolean geneva = m.group("summit").equals("03");
    char letter = Character.toUpperCase(m.group("language").charAt(0));
    return new DocumentSymbol(
        Issuer.WSIS,
        Kind.DOCUMENT,
        (geneva ? "WSIS-03/GENEVA" : "WSIS-05/TUNIS")
            + "/DOC/"
            + m.group("n")
            + revision(m, "(Rev.", ")")
            + "-"
            + letter,
        m.group("n"),
        geneva ? 2003 : 2005,
        UnLanguage.fromSymbolLetter(letter).orElseThrow());
  }

  private static DocumentSymbol ppResolution(Matcher m) {
    return new DocumentSymbol(
        Issuer.ITU_PLENIPOTENTIARY,
        Kind.RESOLUTION,
        "Resolution "
            + m.group("n")
            + " ("
            + (m.group("rev") == null ? "" : "Rev. ")
            + titleCase(m.group("place"))
            + ", "
            + m.group("year")
            + ")",
        m.group("n"),
        Integer.parseInt(m.group("year")),
        null);
  }

  private static DocumentSymbol councilDocument(Matcher m) {
    String series = m.group("series");
    int yy = Integer.parseInt(m.group("yy"));
    return new DocumentSymbol(
        Issuer.ITU_COUNCIL,
        Kind.DOCUMENT,
        "C"
            + m.group("yy")
            + "/"
            + (series == null ? "" : series.toUpperCase(Locale.ROOT) + "/")
            + m.group("n"),
        m.group("n"),
        // Two-digit Council years reach back to the 1990s; 70 leaves decades of room either way.
        yy < 70 ? 2000 + yy : 1900 + yy,
        null);
  }

  private static String revision(Matcher m, String before, String after) {
    String rev = m.group("rev");
    return rev == null ? "" : before + rev + after;
  }

  private static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String titleCase(String place) {
    StringBuilder result = new StringBuilder(place.length());
    boolean startOfWord = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      result.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
      startOfWord = c == ' ' || c == '-';
    }
    return result.toString();
  }

  /**
   * Checks length and characters before any regex sees the text, so that matching time stays
   * bounded, and collapses whitespace so that the grammars need only allow a single space.
   */
  private static String normalise(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      // Not quoted: its characters have not been checked yet.
      throw new InvalidSymbolException(
          "a document symbol has at most "
              + MAX_LENGTH
              + " characters, but the text has "
              + text.length());
    }
    StringBuilder normal = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c)) {
        space = normal.length() > 0;
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        // The text is not quoted: the character could garble a terminal or a log line.
        throw new InvalidSymbolException(
            String.format(
                Locale.ROOT,
                "a document symbol cannot contain the %s character U+%04X (at index %d)",
                Character.isISOControl(c) ? "control" : "invisible formatting",
                (int) c,
                i));
      } else {
        if (space) {
          normal.append(' ');
          space = false;
        }
        normal.append(c >= '\u2010' && c <= '\u2013' ? '-' : c);
      }
    }
    if (normal.length() == 0) {
      throw new InvalidSymbolException("a document symbol cannot be blank");
    }
    return normal.toString();
  }

  private static String explain(String text) {
    if (AMBIGUOUS_RUNNING_TEXT.matcher(text).lookingAt()) {
      return quote(text)
          + " is ambiguous: the General Assembly, the Human Rights Council and ECOSOC's"
          + " commissions all number resolutions <session>/<number>; write"
          + " 'General Assembly resolution <session>/<number>' or A/RES/<session>/<number>";
    }
    for (Grammar grammar : GRAMMARS) {
      if (grammar.family().matcher(text).lookingAt()) {
        return quote(text)
            + " looks like "
            + grammar.looksLike()
            + " but "
            + grammar.whatIsWrong(text)
            + ": expected "
            + grammar.expected();
      }
    }
    return quote(text) + " is not a document symbol of a supported series, such as " + EXAMPLES;
  }

  private static String quote(String text) {
    if (text.length() <= QUOTED_MAX) {
      return "'" + text + "'";
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTED_MAX - 1)) ? QUOTED_MAX - 1 : QUOTED_MAX;
    return "'" + text.substring(0, end) + "...'";
  }

  private static String number(String group) {
    return "(?<" + group + ">" + SERIAL + ")";
  }

  private static String year(String group) {
    return "(?<" + group + ">(?:19|20)\\d\\d)(?!\\d)";
  }

  private static String suffix(String keyword) {
    return SLASH + keyword + " ?\\. ?" + SERIAL;
  }

  private static Stage stage(String part, String regex) {
    return new Stage(part, regex, null);
  }

  private static Stage optional(String part, String regex, String trigger) {
    return new Stage(
        part,
        "(?:" + regex + ")?",
        trigger == null ? null : Pattern.compile(trigger, Pattern.CASE_INSENSITIVE));
  }

  private static Grammar grammar(
      String looksLike,
      String expected,
      String family,
      Function<Matcher, DocumentSymbol> build,
      Stage... stages) {
    StringBuilder full = new StringBuilder();
    for (Stage stage : stages) {
      full.append(stage.regex());
    }
    return new Grammar(
        looksLike,
        expected,
        Pattern.compile(family, Pattern.CASE_INSENSITIVE),
        Pattern.compile(full.toString(), Pattern.CASE_INSENSITIVE),
        List.of(stages),
        build);
  }

  /**
   * One part of a grammar, in order. The full grammar is the concatenation of its stages; the
   * stages on their own serve to say which part of a refused text is missing or wrong.
   */
  private record Stage(String part, String regex, Pattern pattern, Pattern trigger) {
    Stage(String part, String regex, Pattern trigger) {
      this(part, regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), trigger);
    }
  }

  /**
   * A symbol grammar: the prefix that identifies its family, the full pattern, its stages and the
   * factory that builds the canonical symbol from a match of the full pattern.
   */
  private record Grammar(
      String looksLike,
      String expected,
      Pattern family,
      Pattern full,
      List<Stage> stages,
      Function<Matcher, DocumentSymbol> build) {

    /** Walks the stages along the text and reports the first one that does not match. */
    String whatIsWrong(String text) {
      int position = 0;
      Stage last = null;
      for (Stage stage : stages) {
        // Transparent bounds let the look-behinds and look-aheads see past the region.
        Matcher matcher = stage.pattern().matcher(text).region(position, text.length()).useTransparentBounds(true);
        boolean matched = matcher.lookingAt();
        if (matched
            && matcher.end() == position
            && stage.trigger() != null
            && stage
                .trigger()
                .matcher(text)
                .region(position, text.length())
                .lookingAt()) {
          return "has a malformed " + stage.part() + " at " + quote(text.substring(position).strip());
        }
        if (!matched) {
          String token = tokenAt(text, position);
          if (token.isEmpty()) {
            return "lacks the " + stage.part();
          }
          return "has "
              + quote(token)
              + " where the "
              + stage.part()
              + " should be"
              + (LEADING_ZERO.matcher(token).matches() ? " (numbers have no leading zeros)" : "");
        }
        if (matcher.end() > position) {
          last = stage;
        }
        position = matcher.end();
      }
      if (position < text.length()) {
        return "has unexpected text "
            + quote(text.substring(position).strip())
            + (last == null ? "" : " after the " + last.part());
      }
      return "does not follow that grammar";
    }

    private static String tokenAt(String text, int position) {
      int start = position;
      while (start < text.length() && " /-(,".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      if (start == text.length()) {
        return "";
      }
      int end = start + 1;
      while (end < text.length()
          && end - start < TOKEN_MAX
          && " /(),".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return text.substring(start, end);
    }
  }
}
