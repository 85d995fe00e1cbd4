package io.github.wsis20.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every problem the SDK reports: reading a payload, the rules of the
 * contribution contract (wire format 1.0), and the rules of the WSIS+20 domain on a dataset.
 *
 * <p>A code is stable: once released it keeps its name and meaning, so that services may act on
 * it. Each code says what it means and how to fix it, in English, here; the message a
 * {@link Violation} carries says the same in the caller's language, from the facts the rule
 * supplies as its {@link #getArguments() arguments}. {@code docs/violation-codes.md} lists the
 * catalogue; a test keeps it equal to this enum.
 */
public enum ViolationCode {

  // ---- Reading --------------------------------------------------------------------------------

  /** The input is not well-formed JSON. */
  MALFORMED_JSON("The input is not well-formed JSON; the reason says which problem it is.",
      "Fix the syntax at the line and column given: a missing comma, quote or bracket, or bytes that are not UTF-8.",
      "reason"),
  /** The input is not well-formed YAML, or uses a YAML feature the SDK refuses. */
  MALFORMED_YAML(
      "The input is not well-formed YAML, or uses a feature the SDK refuses (aliases, tags, several documents); the reason says which.",
      "Fix the syntax at the line and column given; write plain values instead of anchors and aliases.", "reason"),
  /** The input is not well-formed CSV, or its header is wrong. */
  MALFORMED_CSV(
      "The input is not well-formed CSV, or its header does not name the documented columns; the reason says which.",
      "Close every quoted field, give each row as many fields as the header, and use the documented header.", "reason"),
  /** A member appears twice in one object. */
  DUPLICATE_MEMBER("A member appears twice in one object.", "Keep one of the two members."),
  /** A member the contract does not name. */
  UNKNOWN_MEMBER(
      "The object has a member that the contract does not name, often a misspelt one; the suggestion, when there is one, is the known name nearest to it.",
      "Remove the member, or correct its name to one the contract lists.", "suggestion"),
  /** A value of the wrong JSON type. */
  WRONG_TYPE(
      "The value has the wrong type: a number where a string belongs, a string where an integer belongs, and so on.",
      "Give a value of the type the contract names; the SDK never converts one type into another. In YAML, write a text that looks like a number, such as schemaVersion \"1.0\", in quotes.",
      "expected", "actual"),
  /** The input exceeds one of the reader's limits. */
  LIMIT_EXCEEDED(
      "The input exceeds one of the reader's limits: size, nesting depth, string, number or array length, or member count.",
      "Send a smaller payload, or raise the limit in the reader's configuration if the payload is legitimate.",
      "limit", "max:integer"),
  /** The report was cut short at its cap. */
  TOO_MANY_VIOLATIONS("The payload has more problems than the report lists; the rest were not reported.",
      "Fix the problems listed and validate again.", "max:integer"),
  /** The schemaVersion is not one the SDK knows. */
  UNSUPPORTED_SCHEMA_VERSION("The schemaVersion is not a version of the wire format that this SDK knows.",
      "Use schemaVersion \"1.0\", or upgrade the SDK.", "supported"),

  // ---- Contribution rules ----------------------------------------------------------------------

  /** A required member is missing or null. */
  REQUIRED("A required member is missing or null.", "Add the member with a valid value."),
  /** A member required of every status but DRAFT is missing. */
  REQUIRED_UNLESS_DRAFT("The member may be missing only while the status is DRAFT.",
      "Add the member, or set the status to DRAFT.", "status"),
  /** A government contributor has no country. */
  COUNTRY_REQUIRED_FOR_GOVERNMENT("A contributor of the GOVERNMENT group must name its country.",
      "Add the ISO 3166-1 alpha-3 code of the country, or choose another stakeholder group."),
  /** The text is empty or has no visible character. */
  BLANK(
      "The text is empty or only white space; a contribution's texts must also have a visible character, not only control, format and other default-ignorable characters (U+200B ZERO WIDTH SPACE, U+FEFF, U+3164 HANGUL FILLER...), combining marks without a base, or U+2800 BRAILLE PATTERN BLANK.",
      "Write the text."),
  /** The text is shorter than the contract allows. */
  TOO_SHORT("The text is shorter than the contract allows; characters are counted as Unicode code points.",
      "Lengthen the text to at least the minimum.", "min:integer", "max:integer"),
  /** The text is longer than the contract allows. */
  TOO_LONG("The text is longer than the contract allows; characters are counted as Unicode code points.",
      "Shorten the text to at most the maximum.", "min:integer", "max:integer"),
  /** The text contains control characters. */
  CONTROL_CHARACTER(
      "The text contains a control character, of Unicode category Cc (U+0000 to U+001F, U+007F to U+009F): a NUL, a tab or a line break where one line is expected.",
      "Remove the control characters."),
  /** The text contains a bidirectional formatting character or a stray tag character. */
  FORMATTING_CHARACTER(
      "The text contains a bidirectional formatting character (U+202A to U+202E, U+2066 to U+2069), which reorders the text after it, or a tag character (U+E0000 to U+E007F) outside the tag sequence of an emoji flag, which hides text.",
      "Remove them; to set the direction of neutral characters, use the marks U+200E, U+200F or U+061C."),
  /** The list has more items than the contract allows. */
  TOO_MANY_ITEMS("The list has more items than the contract allows.", "Remove items down to the maximum.",
      "max:integer"),
  /** The list has fewer items than the model allows. */
  TOO_FEW_ITEMS("The list has fewer items than the model allows.", "Add items up to the minimum.", "min:integer"),
  /** The list holds the same item twice. */
  DUPLICATE_ITEM("The list holds the same item twice; the pointer names the repetition.",
      "Remove the repeated item.", "first"),
  /** The id does not follow the id grammar. */
  INVALID_ID(
      "The id does not follow the grammar: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.",
      "Choose an id that follows the grammar."),
  /** An entity id of a dataset does not follow the entity id grammar. */
  INVALID_ENTITY_ID(
      "The entity id does not follow the grammar: 1 to 128 lower-case letters, digits, '.', '_', ':', '+' or '-', starting with a letter or digit.",
      "Choose an id that follows the grammar, such as \"cstd\" or \"wsis+20\"."),
  /** The review process is not one in the reference data. */
  UNKNOWN_PROCESS("The review process is not one that the reference data knows.",
      "Use the id of a known review process, such as \"wsis+20\".", "known:list"),
  /** The language tag is not well-formed BCP 47. */
  INVALID_LANGUAGE_TAG("The language is not a well-formed BCP 47 tag (RFC 5646).",
      "Write a tag such as \"en\", \"fr\" or \"zh-Hans\"."),
  /** The tag's primary language is not an ISO 639 language. */
  UNKNOWN_LANGUAGE(
      "The tag is well-formed but its primary language is not a known ISO 639 language (a 2-letter ISO 639-1 or 3-letter ISO 639-2 or 639-3 code).",
      "Use the ISO 639 code of the language the text is written in."),
  /** The stakeholder group is not in the codelist. */
  UNKNOWN_STAKEHOLDER_GROUP("The stakeholder group is not one of the codelist, which the argument known lists.",
      "Use GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, INTERNATIONAL_ORGANIZATION, TECHNICAL_COMMUNITY, ACADEMIA or OTHER.",
      "known:list"),
  /** The status is not in the codelist. */
  UNKNOWN_STATUS("The status is not one of the codelist, which the argument known lists.",
      "Use DRAFT, SUBMITTED, PUBLISHED or WITHDRAWN.", "known:list"),
  /** The action line is not a WSIS Action Line. */
  UNKNOWN_ACTION_LINE("The action line is not one of C1 to C11 or the eight C7 sub-lines.",
      "Use a code such as \"C2\" or \"C7.e-agriculture\"."),
  /** The SDG number is not 1 to 17. */
  UNKNOWN_SDG("The Sustainable Development Goal is not a number from 1 to 17.", "Use a goal number from 1 to 17."),
  /** The country is not an assigned ISO 3166-1 alpha-3 code. */
  INVALID_COUNTRY("The country is not an assigned ISO 3166-1 alpha-3 code in capitals.",
      "Use the three capital letters of an assigned code, such as \"KEN\" or \"CHE\"."),
  /** The e-mail address is not syntactically valid. */
  INVALID_EMAIL(
      "The e-mail address is not syntactically valid: an RFC 5322 dot-atom local part of at most 64 characters, '@', and a domain of at least two labels; at most 254 characters.",
      "Write an address such as \"name@example.org\"."),
  /** The date-time is not RFC 3339 with an offset. */
  INVALID_DATE_TIME("The value is not an RFC 3339 date-time with an offset.",
      "Write a date-time such as \"2024-11-15T10:00:00Z\" or \"2024-11-15T12:00:00+02:00\"."),
  /** The time lies after the validating clock's now. */
  IN_THE_FUTURE("The time is in the future: later than the present of the clock the validator runs on.",
      "Give the time at which the contribution was actually submitted."),
  /** The URI is not an absolute https URI. */
  INVALID_URI(
      "The URI is not an absolute https URI with a host (RFC 3986), or it has user information, a port outside 1 to 65535, a host name of more than 253 characters or a label of more than 63, or a control, format or default-ignorable character.",
      "Give an address such as \"https://example.org/input.pdf\", without user name or password; percent-encode invisible characters."),
  /** The media type is not type/subtype. */
  INVALID_MEDIA_TYPE("The media type is not of the form type/subtype (RFC 6838).",
      "Give a media type such as \"application/pdf\"."),
  /** The digest is not 64 lower-case hexadecimal digits. */
  INVALID_SHA256("The digest is not 64 lower-case hexadecimal digits.",
      "Give the SHA-256 digest of the file in lower-case hexadecimal."),
  /** A number is below the model's minimum. */
  BELOW_MINIMUM("The number is below the smallest value the model allows.", "Give a number at least the minimum.",
      "min:integer"),
  /** A number is above the model's maximum. */
  ABOVE_MAXIMUM("The number is above the largest value the model allows.", "Give a number at most the maximum.",
      "max:integer"),
  /** A value breaks a constraint that has no more specific code. */
  CONSTRAINT_VIOLATED("The value breaks a constraint declared on the model; the reason, when there is one, says which.",
      "Change the value as the message says.", "reason"),

  // ---- Domain rules on a dataset ---------------------------------------------------------------

  /** Two entities share an id. */
  DUPLICATE_ID("Two entities of the dataset share an id; the pointer names the later one.",
      "Give each entity an id of its own.", "first"),
  /** A reference names no entity of the right kind. */
  UNRESOLVED_REFERENCE("The reference names no entity of the kind it needs in the dataset.",
      "Correct the id, or add the entity it names.", "expected"),
  /** A chain of parents loops. */
  PARENT_LOOP("Following parents from this body leads back to it; the loop is reported once, at the first body on it.",
      "Break the loop: an organ's parent is the organisation it belongs to.", "length:integer"),
  /** A chain of reporting lines loops. */
  REPORTING_LOOP(
      "Following reporting lines from this body leads back to it; the loop is reported once, at the first body on it.",
      "Break the loop in reportsTo.", "length:integer"),
  /** A deliverable is due before its instrument was adopted. */
  DUE_BEFORE_ADOPTION("The deliverable is due before the instrument that asks for it was adopted.",
      "Correct the due or the instrument's adoption date.", "adopted"),
  /** A session due names a session of a body off the route. */
  DUE_SESSION_OFF_ROUTE("The deliverable is due at a session of a body that is neither a recipient nor on its route.",
      "Name a session of a recipient or of a body on the route, or correct the route."),
  /** Two sessions of one body share an ordinal. */
  DUPLICATE_SESSION_ORDINAL("Two sessions of one body carry the same ordinal; the pointer names the later one.",
      "Correct the ordinal of one of them.", "first"),
  /** A session's year does not follow its body's calendar. */
  SESSION_OFF_CALENDAR(
      "The session's year does not follow its body's calendar: for numbered sessions the year of its ordinal, otherwise a year in which the body meets.",
      "Correct the year or the ordinal.", "anchorYear:year", "interval:integer"),
  /** A session ends before it starts. */
  SESSION_DATES_REVERSED("The session ends before it starts.", "Correct the start or the end date."),
  /** A session's dates lie outside its year. */
  SESSION_DATES_OUTSIDE_YEAR(
      "A date of the session lies outside the session's year (or, for a body whose sessions run into the next year, its end lies after that next year).",
      "Correct the dates or the year.", "year:year"),
  /** An instrument's symbol does not follow its adopting body's grammar. */
  SYMBOL_GRAMMAR_MISMATCH("The instrument's document symbol does not follow the grammar of the body that adopted it.",
      "Correct the symbol or the adopting body.", "expected", "actual"),
  /** An instrument's adoption date lies outside the meeting that adopted it. */
  ADOPTED_OUTSIDE_MEETING(
      "The instrument's adoption date lies outside the dates of the session or event that adopted it.",
      "Correct the adoption date or the meeting.", "first", "last"),
  /** An instrument revises or supersedes one that was not adopted before it. */
  SUPERSESSION_NOT_EARLIER(
      "The instrument that this one revises or supersedes was not adopted before it: it is the same instrument, or its adoption cannot precede this one's.",
      "Name the earlier instrument, or correct the adoption dates or meetings.", "named", "adopted"),
  /** An instrument revises or supersedes one of another body. */
  SUPERSESSION_ACROSS_BODIES(
      "The instrument that this one revises or supersedes was adopted by another body; a body revises or supersedes only its own instruments.",
      "Name an instrument of the same body, or correct either instrument's adoptedBy.", "adoptedBy"),
  /** A mandate's term ends before its instrument was adopted. */
  UNTIL_BEFORE_ADOPTION("The mandate's term (its until) ends before the instrument that gives it was adopted.",
      "Correct the until or the instrument's adoption date.", "adopted"),
  /** A fulfilment lies before the adoption of the instrument that asks for the deliverable. */
  FULFILMENT_BEFORE_ADOPTION(
      "The deliverable is recorded as delivered before the instrument that asks for it was adopted.",
      "Correct the fulfilment's date or meeting, or the instrument's adoption date.", "adopted"),
  /** A fulfilment's date lies outside the meeting it names. */
  FULFILMENT_OUTSIDE_MEETING(
      "The fulfilment's date lies outside the dates of the session or event at which it was presented.",
      "Correct the date or the meeting.", "first", "last"),
  /** A fulfilment was presented at a session of a body off the route. */
  FULFILMENT_MEETING_OFF_ROUTE(
      "The fulfilment was presented at a session of a body that is neither the deliverable's author, an intermediary nor a recipient.",
      "Name a session of a body on the route, or correct the route."),
  /** An event or date range ends before it starts. */
  DATES_REVERSED("The end date lies before the start date.", "Correct one of the two dates."),
  /** A rule could not be checked for want of data. */
  RULE_NOT_CHECKED("A rule could not be checked because the data it needs is missing.",
      "Add the missing data (a date, a session, a calendar) so that the rule can be checked.", "rule");

  private static final Map<String, ViolationCode> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(ViolationCode::getCode, Function.identity()));

  private final String meaning;
  private final String fix;
  private final List<String> arguments;
  private final Map<String, ArgumentType> types;

  /** Arguments are declared as {@code name} (text) or {@code name:integer}, {@code name:year}, {@code name:list}. */
  ViolationCode(String meaning, String fix, String... arguments) {
    this.meaning = meaning;
    this.fix = fix;
    List<String> names = new ArrayList<>();
    Map<String, ArgumentType> declared = new LinkedHashMap<>();
    for (String argument : arguments) {
      int colon = argument.indexOf(':');
      String name = colon < 0 ? argument : argument.substring(0, colon);
      names.add(name);
      declared.put(name, colon < 0 ? ArgumentType.TEXT
          : ArgumentType.valueOf(argument.substring(colon + 1).toUpperCase(Locale.ROOT)));
    }
    this.arguments = List.copyOf(names);
    this.types = Collections.unmodifiableMap(declared);
  }

  /**
   * The code as reports write it: the constant's name, such as {@code "TOO_LONG"}.
   *
   * @return the code
   */
  public String getCode() {
    return name();
  }

  /**
   * What the code means, in English.
   *
   * @return the meaning
   */
  public String getMeaning() {
    return meaning;
  }

  /**
   * How to fix what the code reports, in English.
   *
   * @return the advice
   */
  public String getHowToFix() {
    return fix;
  }

  /**
   * The names of the facts that the SDK's rules supply with a violation of this code, as
   * {@link Violation#getArguments()}: {@code min} and {@code max} for {@link #TOO_LONG}. Every
   * placeholder of a message is one of them. Facts are bounds, dates, ids of codes and JSON
   * Pointers to other values, never the offending value.
   *
   * @return the argument names, possibly none
   */
  public List<String> getArguments() {
    return arguments;
  }

  /**
   * What kind of fact an argument of this code holds: {@link ArgumentType#INTEGER} for the
   * {@code max} of {@link #TOO_LONG}, {@link ArgumentType#LIST} for the {@code known} of
   * {@link #UNKNOWN_PROCESS}.
   *
   * @param argument an argument name
   * @return its type; {@link ArgumentType#TEXT} for an argument this code does not declare
   */
  public ArgumentType getArgumentType(String argument) {
    return types.getOrDefault(argument, ArgumentType.TEXT);
  }

  /**
   * The severity the code has unless a rule says otherwise.
   *
   * @return {@link Severity#WARNING} for {@link #TOO_MANY_VIOLATIONS} and {@link #RULE_NOT_CHECKED},
   *     {@link Severity#ERROR} for every other code
   */
  public Severity getDefaultSeverity() {
    return this == TOO_MANY_VIOLATIONS || this == RULE_NOT_CHECKED ? Severity.WARNING : Severity.ERROR;
  }

  /**
   * Finds a code by the text reports write.
   *
   * @param code a code such as {@code "TOO_LONG"}
   * @return the code, or empty when the catalogue has no such code
   */
  public static Optional<ViolationCode> fromCode(String code) {
    return Optional.ofNullable(code).map(BY_CODE::get);
  }
}
