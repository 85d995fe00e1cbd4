package io.github.wsis20.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invalid payloads of the contribution contract (wire format 1.0): for every rule of its
 * field table and of its general rules (unknown and repeated members, wrong types, null as absent,
 * malformed JSON, every problem reported), the contract's example broken in that one way, with the
 * JSON Pointers a reader must report. A test in {@code wsis-io} holds the list to what the SDK's
 * reader reports, so that services built on the SDK can assert every pointer of every case.
 */
public final class InvalidPayloads {
  private InvalidPayloads() {}

  /** One invalid payload: what it breaks, its JSON text, and every pointer its report names. */
  public static final class Case {
    private final String name;
    private final String json;
    private final Set<String> pointers;

    Case(String name, String json, String... pointers) {
      this.name = Objects.requireNonNull(name, "name");
      this.json = Objects.requireNonNull(json, "json");
      this.pointers = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(pointers)));
    }

    /**
     * What the payload breaks.
     *
     * @return a short description
     */
    public String getName() {
      return name;
    }

    /**
     * The payload.
     *
     * @return its JSON text
     */
    public String getJson() {
      return json;
    }

    /**
     * Every JSON Pointer the payload's report names, and no other.
     *
     * @return the pointers, in the order the contract lists the fields
     */
    public Set<String> getPointers() {
      return pointers;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every invalid case.
   *
   * @return the cases, in the order of the contract's field table, then the general rules
   */
  public static List<Case> contract() {
    String emoji = "\uD83C\uDF10";
    List<Case> c = new ArrayList<>();
    c.add(new Case("schemaVersion missing", without("schemaVersion"), "/schemaVersion"));
    c.add(new Case("schemaVersion unknown", with("schemaVersion", "\"2.0\""), "/schemaVersion"));
    c.add(new Case("id missing", without("id"), "/id"));
    c.add(new Case("id with a space and a leading -", with("id", "\"-a b\""), "/id"));
    c.add(new Case("id of 129 characters", with("id", quote("a".repeat(129))), "/id"));
    c.add(new Case("process unknown", with("process", "\"wsis+30\""), "/process"));
    c.add(new Case("title missing", without("title"), "/title"));
    c.add(new Case("title blank", with("title", "\" \\t \""), "/title"));
    c.add(new Case("title of 301 characters", with("title", quote(emoji.repeat(301))), "/title"));
    c.add(new Case("title with a control character", with("title", "\"a\\u0007b\""), "/title"));
    c.add(new Case("language not BCP 47", with("language", "\"en_GB\""), "/language"));
    c.add(new Case("language unknown to ISO 639", with("language", "\"qqq\""), "/language"));
    c.add(new Case("contributor missing", without("contributor"), "/contributor"));
    c.add(new Case("contributor name missing", replace("\"name\": \"Example Community Networks Alliance\",\n", ""),
        "/contributor/name"));
    c.add(new Case("contributor name blank", replace("\"Example Community Networks Alliance\"", "\"\\u2003\""),
        "/contributor/name"));
    c.add(new Case("stakeholder group unknown", replace("\"CIVIL_SOCIETY\"", "\"civil_society\""),
        "/contributor/stakeholderGroup"));
    c.add(new Case("government without a country", replace("\"CIVIL_SOCIETY\"", "\"GOVERNMENT\"")
        .replace("\"country\": \"KEN\",\n", ""), "/contributor/country"));
    c.add(new Case("country not assigned", replace("\"KEN\"", "\"XXX\""), "/contributor/country"));
    c.add(new Case("country in lower case", replace("\"KEN\"", "\"ken\""), "/contributor/country"));
    c.add(new Case("e-mail not an address", replace("\"policy@example.org\"", "\"policy.example.org\""),
        "/contributor/email"));
    c.add(new Case("status unknown", with("status", "\"draft\""), "/status"));
    c.add(new Case("submittedAt missing when submitted", without("submittedAt"), "/submittedAt"));
    c.add(new Case("submittedAt without offset", with("submittedAt", "\"2024-11-15T10:00:00\""), "/submittedAt"));
    c.add(new Case("submittedAt in the future", with("submittedAt", "\"9999-12-31T23:59:59Z\""), "/submittedAt"));
    c.add(new Case("action lines missing when submitted", without("actionLines"), "/actionLines"));
    c.add(new Case("action lines empty when submitted", with("actionLines", "[]"), "/actionLines"));
    c.add(new Case("action line unknown", with("actionLines", "[\"C2\", \"C12\"]"), "/actionLines/1"));
    c.add(new Case("action line repeated", with("actionLines", "[\"C2\", \"C2\"]"), "/actionLines/1"));
    c.add(new Case("goal out of range", with("sdgs", "[9, 18]"), "/sdgs/1"));
    c.add(new Case("goal repeated", with("sdgs", "[9, 9]"), "/sdgs/1"));
    c.add(new Case("summary missing when submitted", without("summary"), "/summary"));
    c.add(new Case("summary blank", with("summary", "\"\\n\""), "/summary"));
    c.add(new Case("summary of 2,001 characters", with("summary", quote("s".repeat(2001))), "/summary"));
    c.add(new Case("body of 200,001 characters", with("body", quote("b".repeat(200_001))), "/body"));
    c.add(new Case("21 attachments", with("attachments", list(ATTACHMENT, 21)), "/attachments"));
    c.add(new Case("attachment uri not https", replace("\"https://example.org/input.pdf\"",
        "\"http://example.org/input.pdf\""), "/attachments/0/uri"));
    c.add(new Case("attachment uri missing", replace("{\"uri\": \"https://example.org/input.pdf\", ", "{"),
        "/attachments/0/uri"));
    c.add(new Case("attachment media type not type/subtype", replace("\"application/pdf\"", "\"pdf\""),
        "/attachments/0/mediaType"));
    c.add(new Case("attachment sha256 in capitals", replace(SHA256, SHA256.toUpperCase(java.util.Locale.ROOT)),
        "/attachments/0/sha256"));
    c.add(new Case("attachment title of 301 characters", replace("\"Full input\"", quote("t".repeat(301))),
        "/attachments/0/title"));
    c.add(new Case("31 keywords", with("keywords", list("\"k\"", 31).replace("\"k\"", "\"k%d\"")), "/keywords"));
    c.add(new Case("keyword repeated", with("keywords", "[\"rural\", \"rural\"]"), "/keywords/1"));
    c.add(new Case("keyword of 101 characters", with("keywords", "[" + quote("k".repeat(101)) + "]"), "/keywords/0"));
    // The general rules.
    c.add(new Case("member the contract does not name", replace("  \"title\":", "  \"titel\":"), "/titel", "/title"));
    c.add(new Case("member twice", replace("\"id\": \"c-2024-0042\",", "\"id\": \"c-2024-0042\", \"id\": \"c-2\","),
        "/id"));
    c.add(new Case("value of the wrong type", with("title", "42"), "/title"));
    c.add(new Case("null required member", with("id", "null"), "/id"));
    c.add(new Case("not an object", "[]", ""));
    c.add(new Case("malformed JSON", Samples.contractExampleJson().substring(0, 60), ""));
    c.add(new Case("several problems at once", replace("\"name\":", "\"nme\":").replace("\"KEN\"", "\"XXX\"")
        .replace("[9, 17]", "[9, 18]"), "/contributor/nme", "/contributor/name", "/contributor/country", "/sdgs/1"));
    return numbered(c);
  }

  private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String ATTACHMENT = "{\"uri\": \"https://example.org/a.pdf\", \"mediaType\": \"application/pdf\"}";

  /** Numbers the {@code %d} of a list's items, so that generated items differ. */
  private static List<Case> numbered(List<Case> cases) {
    List<Case> out = new ArrayList<>(cases.size());
    for (Case c : cases) {
      Matcher m = Pattern.compile("%d").matcher(c.json);
      StringBuilder sb = new StringBuilder();
      int i = 0;
      while (m.find()) {
        m.appendReplacement(sb, Integer.toString(i++));
      }
      m.appendTail(sb);
      out.add(new Case(c.name, sb.toString(), c.pointers.toArray(new String[0])));
    }
    return out;
  }

  private static String replace(String from, String to) {
    String example = Samples.contractExampleJson();
    if (!example.contains(from)) {
      throw new IllegalStateException("the contract's example has no " + from);
    }
    return example.replace(from, to);
  }

  /** The example with a top-level member's value, on one line or over several, replaced by some JSON text. */
  private static String with(String member, String json) {
    String example = Samples.contractExampleJson();
    String name = "\n  \"" + member + "\": ";
    int start = example.indexOf(name);
    if (start < 0) {
      throw new IllegalStateException("no member " + member);
    }
    start += name.length();
    int next = example.indexOf("\n  \"", start);
    int end = next < 0 ? example.lastIndexOf("\n}") : next;
    boolean comma = example.charAt(end - 1) == ',';
    return example.substring(0, start) + json + (comma ? "," : "") + example.substring(end);
  }

  /** The example without a top-level member, on one line or over several. */
  private static String without(String member) {
    String example = Samples.contractExampleJson();
    int start = example.indexOf("\n  \"" + member + "\": ");
    if (start < 0) {
      throw new IllegalStateException("no member " + member);
    }
    int next = example.indexOf("\n  \"", start + 1);
    if (next < 0) {
      // The last member: drop the comma before it too.
      int comma = example.lastIndexOf(',', start);
      return example.substring(0, comma) + example.substring(example.lastIndexOf("\n}"));
    }
    return example.substring(0, start) + example.substring(next);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static String list(String item, int n) {
    return "[" + String.join(", ", Collections.nCopies(n, item)) + "]";
  }
}
