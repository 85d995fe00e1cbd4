package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.ContributionGen;
import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema and the SDK judge one corpus of payloads: valid ones written by the SDK, and
 * invalid ones that each break one rule, by hand and generated. Where the schema can express a rule
 * they must agree; where it cannot, the payloads are listed in {@link #expectedDisagreements()} and
 * must disagree, so that the list stays honest.
 *
 * <p>The SDK side is {@link ContributionReader#standard()}: the system clock, with every payload
 * dated in the past except the one that tests the present. The schema side is networknt's
 * json-schema-validator, draft 2020-12, format assertions off (the schema says with patterns what
 * it asserts).
 */
class SchemaDifferentialTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(JsonSchemas.contribution(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
  private static final ContributionReader SDK = ContributionReader.standard();

  /** A payload of the corpus, with a name that says which rule it tests. */
  private static final class Case {
    final String name;
    final String json;

    Case(String name, String json) {
      this.name = name;
      this.json = json;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // ---- the verdicts ----

  static Set<ValidationMessage> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static boolean schemaValid(String json) {
    return schemaErrors(json).isEmpty();
  }

  static boolean sdkValid(String json) {
    return SDK.read(json.getBytes(StandardCharsets.UTF_8)).isValid();
  }

  static String sdkReport(String json) {
    return SDK.read(json.getBytes(StandardCharsets.UTF_8)).getReport().getViolations().stream()
        .map(v -> v.getPointer() + " " + v.getCode()).collect(Collectors.joining(", "));
  }

  // ---- the corpus ----

  static ObjectNode example() {
    try {
      return (ObjectNode) MAPPER.readTree(Samples.contractExampleJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract's example with the value at {@code pointer} set, or removed when value is null. */
  static String with(String pointer, JsonNode value) {
    ObjectNode root = example();
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode) {
      if (value == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
    } else if (parent instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) parent;
      int index = p.last().getMatchingIndex();
      if (value == null) {
        array.remove(index);
      } else if (index >= array.size()) {
        array.add(value);
      } else {
        array.set(index, value);
      }
    } else {
      throw new IllegalArgumentException("no parent at " + pointer);
    }
    return root.toString();
  }

  static String without(String pointer) {
    return with(pointer, (JsonNode) null);
  }

  static String with(String pointer, String value) {
    return with(pointer, NODES.textNode(value));
  }

  static String json(String text) {
    try {
      return MAPPER.readTree(text).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode node(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArrayNode array(Object... items) {
    ArrayNode a = NODES.arrayNode();
    for (Object item : items) {
      a.add(MAPPER.valueToTree(item));
    }
    return a;
  }

  static String repeat(String s, int n) {
    return s.repeat(n);
  }

  static ObjectNode attachment() {
    return (ObjectNode) example().at("/attachments/0").deepCopy();
  }

  static String draft(String pointer, JsonNode value) {
    ObjectNode root = example();
    root.put("status", "DRAFT");
    root.remove(List.of("submittedAt", "actionLines", "summary"));
    if (value != null) {
      root.set(pointer.substring(1), value);
    }
    return root.toString();
  }

  /** Valid payloads: generated contributions written by the SDK, and hand-picked boundaries. */
  static List<Case> valid() {
    List<Case> cases = new ArrayList<>();
    List<Contribution> generated = new ArrayList<>();
    qt().withFixedSeed(20261129L).withExamples(300).forAll(ContributionGen.valid()).checkAssert(generated::add);
    for (int i = 0; i < generated.size(); i++) {
      ContributionWriter writer = i % 2 == 0 ? ContributionWriter.compact() : ContributionWriter.pretty();
      cases.add(new Case("generated #" + i, writer.writeString(generated.get(i))));
    }
    String emoji = "\uD83C\uDF10";
    cases.add(new Case("contract example", Samples.contractExampleJson()));
    cases.add(new Case("id of 128", with("/id", "a" + repeat("b", 127))));
    cases.add(new Case("id of every character", with("/id", "0aZ._:-")));
    cases.add(new Case("title of 300 code points outside the BMP", with("/title", repeat(emoji, 300))));
    cases.add(new Case("title of a letter and a BOM", with("/title", "a\uFEFF")));
    cases.add(new Case("title of a letter and its combining mark", with("/title", "e\u0301")));
    cases.add(new Case("Arabic title with a right-to-left mark",
        with("/title", "\u0627\u0644\u0634\u0628\u0643\u0627\u062A\u200F 2025")));
    cases.add(new Case("title with a subdivision flag",
        with("/title", "Wales \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77"
            + "\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F")));
    cases.add(new Case("title with joiners inside words",
        with("/title", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")));
    cases.add(new Case("title of a Hangul letter after a filler", with("/title", "\u3164\u3131")));
    cases.add(new Case("summary with line breaks and a mark", with("/summary", "one\n\u200Ftwo")));
    cases.add(new Case("language KM in capitals", with("/language", "KM")));
    cases.add(new Case("title with U+0085 neighbour U+00A1", with("/title", "\u00A1")));
    cases.add(new Case("language zh-Hans-CN", with("/language", "zh-Hans-CN")));
    cases.add(new Case("language upper case", with("/language", "EN-GB")));
    cases.add(new Case("language en-GB-oed (grandfathered)", with("/language", "en-GB-oed")));
    cases.add(new Case("language sgn-BE-FR (grandfathered)", with("/language", "sgn-BE-FR")));
    cases.add(new Case("language with extlang, variant, extension, private use",
        with("/language", "zh-yue-Hant-HK-1994-a-abc-x-1")));
    cases.add(new Case("language de-CH-1901", with("/language", "de-CH-1901")));
    cases.add(new Case("null country for civil society", with("/contributor/country", NODES.nullNode())));
    cases.add(new Case("no country for civil society", without("/contributor/country")));
    cases.add(new Case("government with a country", with("/contributor/stakeholderGroup", "GOVERNMENT")));
    cases.add(new Case("country ZWE", with("/contributor/country", "ZWE")));
    cases.add(new Case("null e-mail", with("/contributor/email", NODES.nullNode())));
    cases.add(new Case("e-mail with every atext symbol",
        with("/contributor/email", "a!#$%&'*+/=?^_`{|}~-.b@x-1.example.org")));
    cases.add(new Case("e-mail of 64 local characters", with("/contributor/email", repeat("a", 64) + "@example.org")));
    cases.add(new Case("e-mail label of 63", with("/contributor/email", "a@" + repeat("b", 63) + ".org")));
    cases.add(new Case("submittedAt lower case t and z", with("/submittedAt", "2024-11-15t10:00:00z")));
    cases.add(new Case("submittedAt 2024-02-29", with("/submittedAt", "2024-02-29T10:00:00Z")));
    cases.add(new Case("submittedAt nine fraction digits, -18:00",
        with("/submittedAt", "2024-11-15T10:00:00.123456789-18:00")));
    cases.add(new Case("submittedAt -00:00", with("/submittedAt", "2024-11-15T10:00:00-00:00")));
    cases.add(new Case("submittedAt year 0000", with("/submittedAt", "0000-01-01T00:00:00Z")));
    cases.add(new Case("every action line", with("/actionLines", array("C1", "C2", "C3", "C4", "C5", "C6", "C7",
        "C7.e-government", "C7.e-business", "C7.e-learning", "C7.e-health", "C7.e-employment", "C7.e-environment",
        "C7.e-agriculture", "C7.e-science", "C8", "C9", "C10", "C11"))));
    cases.add(new Case("every goal", with("/sdgs", array(IntStream.rangeClosed(1, 17).boxed().toArray()))));
    cases.add(new Case("null sdgs", with("/sdgs", NODES.nullNode())));
    cases.add(new Case("empty sdgs", with("/sdgs", array())));
    cases.add(new Case("summary of 2000", with("/summary", "s" + repeat(" ", 1999))));
    cases.add(new Case("body of 200000", with("/body", repeat("b", 200_000))));
    cases.add(new Case("empty body", with("/body", "")));
    cases.add(new Case("blank body", with("/body", "  ")));
    cases.add(new Case("20 attachments",
        with("/attachments", array(IntStream.range(0, 20).mapToObj(i -> attachment()).toArray()))));
    cases.add(new Case("attachment without sha256 and title", with("/attachments/0",
        node("{\"uri\":\"https://example.org/\",\"mediaType\":\"text/plain\",\"sha256\":null,\"title\":null}"))));
    cases.add(new Case("uri in capitals", with("/attachments/0/uri", "HTTPS://EXAMPLE.ORG/A")));
    cases.add(new Case("uri with port, query, fragment",
        with("/attachments/0/uri", "https://example.org:8443/a/b?q=1&r=%20#f?g")));
    cases.add(new Case("uri with port 1", with("/attachments/0/uri", "https://example.org:1/")));
    cases.add(new Case("uri with port 65535", with("/attachments/0/uri", "https://example.org:65535/")));
    cases.add(new Case("uri with an empty port", with("/attachments/0/uri", "https://example.org:/")));
    cases.add(new Case("uri with a port with leading zeros", with("/attachments/0/uri", "https://example.org:00443/")));
    cases.add(new Case("uri with a label of 63", with("/attachments/0/uri", "https://" + repeat("a", 63) + ".org/")));
    cases.add(new Case("uri with a host of 253", with("/attachments/0/uri",
        "https://" + repeat(repeat("a", 63) + ".", 3) + repeat("b", 61) + "/")));
    cases.add(
        new Case("uri with @ in the path and query", with("/attachments/0/uri", "https://example.org/@team?by=a@b")));
    cases.add(new Case("uri with IPv6 host", with("/attachments/0/uri", "https://[2001:db8::1]/x")));
    cases.add(new Case("uri with IPv4 host", with("/attachments/0/uri", "https://192.0.2.1/x")));
    cases.add(new Case("uri with a non-ASCII path", with("/attachments/0/uri", "https://example.org/r\u00E9seau")));
    cases.add(new Case("uri without path", with("/attachments/0/uri", "https://example.org")));
    cases.add(
        new Case("media type with every name character", with("/attachments/0/mediaType", "a0!#$&-^_.+/vnd.x+json")));
    cases.add(new Case("media type names of 127",
        with("/attachments/0/mediaType", repeat("a", 127) + "/" + repeat("b", 127))));
    cases.add(new Case("attachment title with a mark", with("/attachments/0/title", "\u0627\u200F")));
    cases.add(new Case("attachment title of 300 emoji", with("/attachments/0/title", repeat(emoji, 300))));
    cases.add(
        new Case("30 keywords", with("/keywords", array(IntStream.range(0, 30).mapToObj(i -> "k" + i).toArray()))));
    cases.add(new Case("keyword of 100 emoji", with("/keywords/0", repeat(emoji, 100))));
    cases.add(new Case("keywords in another case", with("/keywords", array("rural", "Rural"))));
    cases.add(new Case("keywords in another compatibility form", with("/keywords", array("\uFB01", "fi"))));
    cases.add(new Case("draft with nothing optional", draft("/x", null)));
    cases.add(new Case("draft with null submittedAt", draft("/submittedAt", NODES.nullNode())));
    cases.add(new Case("draft with empty action lines", draft("/actionLines", array())));
    cases.add(new Case("draft with null summary", draft("/summary", NODES.nullNode())));
    return cases;
  }

  /** Invalid payloads, each breaking one rule that the schema expresses. */
  static List<Case> invalid() {
    Map<String, String> c = new LinkedHashMap<>();
    String emoji = "\uD83C\uDF10";
    c.put("not an object", "[]");
    c.put("a string", "\"x\"");
    c.put("null", "null");
    c.put("unknown member", with("/extra", "x"));
    c.put("misspelt member", json(Samples.contractExampleJson().replace("\"title\"", "\"tittle\"")));
    c.put("schemaVersion 2.0", with("/schemaVersion", "2.0"));
    c.put("schemaVersion a number", with("/schemaVersion", NODES.numberNode(1)));
    c.put("no schemaVersion", without("/schemaVersion"));
    c.put("no id", without("/id"));
    c.put("null id", with("/id", NODES.nullNode()));
    c.put("id a number", with("/id", NODES.numberNode(42)));
    c.put("empty id", with("/id", ""));
    c.put("id starting with -", with("/id", "-a"));
    c.put("id with a space", with("/id", "a b"));
    c.put("id with a slash", with("/id", "a/b"));
    c.put("id with non-ASCII letter", with("/id", "r\u00E9"));
    c.put("id of 129", with("/id", repeat("a", 129)));
    c.put("id ending in a line feed", with("/id", "abc\n"));
    c.put("id ending in U+2028", with("/id", "abc\u2028"));
    c.put("unknown process", with("/process", "wsis+30"));
    c.put("no process", without("/process"));
    c.put("no title", without("/title"));
    c.put("empty title", with("/title", ""));
    c.put("blank title", with("/title", " \t"));
    c.put("title of Unicode spaces", with("/title", "\u3000\u00A0\u2007\u202F"));
    c.put("title of line separators", with("/title", "\u2028\u2029"));
    c.put("title with a bell", with("/title", "a\u0007b"));
    c.put("title with U+0085", with("/title", "a\u0085"));
    c.put("title with DEL", with("/title", "a\u007F"));
    c.put("title with a line feed", with("/title", "a\nb"));
    c.put("title of a BOM", with("/title", "\uFEFF"));
    c.put("title of a zero-width space", with("/title", "\u200B"));
    c.put("title of Hangul fillers", with("/title", "\u3164\u115F\u1160\uFFA0"));
    c.put("title of a braille blank", with("/title", "\u2800"));
    c.put("title of lone combining marks", with("/title", "\u0301\u0308\u20DD"));
    c.put("title of a soft hyphen and joiners", with("/title", "\u00AD\u200D\u2060"));
    c.put("title of variation selectors", with("/title", "\uFE0F\uFE0E"));
    c.put("title of a right-to-left mark", with("/title", "\u200F"));
    c.put("title with a right-to-left override", with("/title", "Report \u202Efdp.exe"));
    c.put("title with a left-to-right embedding", with("/title", "a\u202Ab\u202C"));
    c.put("title with an isolate", with("/title", "a\u2066b\u2069"));
    c.put("title of 301 emoji", with("/title", repeat(emoji, 301)));
    c.put("title a number", with("/title", NODES.numberNode(1)));
    c.put("empty language", with("/language", ""));
    c.put("language of one letter", with("/language", "e"));
    c.put("language en-", with("/language", "en-"));
    c.put("language en--GB", with("/language", "en--GB"));
    c.put("language en_GB", with("/language", "en_GB"));
    c.put("language en-a (empty extension)", with("/language", "en-a"));
    c.put("language en-x (empty private use)", with("/language", "en-x"));
    c.put("language subtag of 9", with("/language", "en-abcdefghi"));
    c.put("language en-GB-oed-x", with("/language", "en-GB-oed-x"));
    c.put("language 123", with("/language", "123"));
    c.put("language with a line feed", with("/language", "en\n"));
    c.put("language with a Kelvin sign for k", with("/language", "\u212Am"));
    c.put("language with a dotted capital I", with("/language", "\u0130d"));
    c.put("language of 256", with("/language", "en-x" + repeat("-abcdefgh", 28)));
    c.put("no contributor", without("/contributor"));
    c.put("null contributor", with("/contributor", NODES.nullNode()));
    c.put("contributor a string", with("/contributor", "x"));
    c.put("contributor with unknown member", with("/contributor/extra", "x"));
    c.put("no contributor name", without("/contributor/name"));
    c.put("blank contributor name", with("/contributor/name", "\u2003"));
    c.put("contributor name of a zero-width space", with("/contributor/name", "\u200B"));
    c.put("contributor name with an override", with("/contributor/name", "Alliance\u202E"));
    c.put("contributor name with a line feed", with("/contributor/name", "Alliance\nforged"));
    c.put("contributor name of 301", with("/contributor/name", repeat("n", 301)));
    c.put("stakeholder group in lower case", with("/contributor/stakeholderGroup", "civil_society"));
    c.put("no stakeholder group", without("/contributor/stakeholderGroup"));
    ObjectNode gov = example();
    ((ObjectNode) gov.get("contributor")).put("stakeholderGroup", "GOVERNMENT").remove("country");
    c.put("government without a country", gov.toString());
    ((ObjectNode) gov.get("contributor")).putNull("country");
    c.put("government with a null country", gov.toString());
    c.put("country in lower case", with("/contributor/country", "ken"));
    c.put("country of two letters", with("/contributor/country", "KE"));
    c.put("country not assigned", with("/contributor/country", "XXX"));
    c.put("country user-assigned", with("/contributor/country", "AAA"));
    c.put("country a number", with("/contributor/country", NODES.numberNode(404)));
    c.put("e-mail without @", with("/contributor/email", "policy.example.org"));
    c.put("e-mail with two @", with("/contributor/email", "a@b@example.org"));
    c.put("e-mail with one domain label", with("/contributor/email", "a@localhost"));
    c.put("e-mail with two dots", with("/contributor/email", "a..b@example.org"));
    c.put("e-mail with a leading dot", with("/contributor/email", ".a@example.org"));
    c.put("e-mail label starting with -", with("/contributor/email", "a@-x.example.org"));
    c.put("e-mail label ending with -", with("/contributor/email", "a@x-.example.org"));
    c.put("e-mail label of 64", with("/contributor/email", "a@" + repeat("b", 64) + ".org"));
    c.put("e-mail with a space", with("/contributor/email", "a b@example.org"));
    c.put("e-mail quoted", with("/contributor/email", "\"a b\"@example.org"));
    c.put("e-mail with an IP literal", with("/contributor/email", "a@[192.0.2.1]"));
    c.put("e-mail non-ASCII", with("/contributor/email", "r\u00E9@example.org"));
    c.put("e-mail of 255", with("/contributor/email", "a@" + repeat("b", 63) + "." + repeat("c", 63) + "."
        + repeat("d", 63) + "." + repeat("e", 61)));
    c.put("e-mail with a trailing line feed", with("/contributor/email", "a@example.org\n"));
    c.put("unknown status", with("/status", "draft"));
    c.put("no status", without("/status"));
    c.put("submitted without submittedAt", without("/submittedAt"));
    c.put("submitted with null submittedAt", with("/submittedAt", NODES.nullNode()));
    c.put("submittedAt with a space", with("/submittedAt", "2024-11-15 10:00:00Z"));
    c.put("submittedAt without seconds", with("/submittedAt", "2024-11-15T10:00Z"));
    c.put("submittedAt without offset", with("/submittedAt", "2024-11-15T10:00:00"));
    c.put("submittedAt month 13", with("/submittedAt", "2024-13-01T10:00:00Z"));
    c.put("submittedAt day 00", with("/submittedAt", "2024-11-00T10:00:00Z"));
    c.put("submittedAt April 31", with("/submittedAt", "2024-04-31T10:00:00Z"));
    c.put("submittedAt February 30", with("/submittedAt", "2024-02-30T10:00:00Z"));
    c.put("submittedAt hour 24", with("/submittedAt", "2024-11-15T24:00:00Z"));
    c.put("submittedAt leap second", with("/submittedAt", "2016-12-31T23:59:60Z"));
    c.put("submittedAt ten fraction digits", with("/submittedAt", "2024-11-15T10:00:00.1234567890Z"));
    c.put("submittedAt empty fraction", with("/submittedAt", "2024-11-15T10:00:00.Z"));
    c.put("submittedAt offset +18:01", with("/submittedAt", "2024-11-15T10:00:00+18:01"));
    c.put("submittedAt offset +19:00", with("/submittedAt", "2024-11-15T10:00:00+19:00"));
    c.put("submittedAt offset +0100", with("/submittedAt", "2024-11-15T10:00:00+0100"));
    c.put("submittedAt a number", with("/submittedAt", NODES.numberNode(1731664800)));
    c.put("submittedAt with a trailing line feed", with("/submittedAt", "2024-11-15T10:00:00Z\n"));
    c.put("submitted without action lines", without("/actionLines"));
    c.put("submitted with no action line", with("/actionLines", array()));
    c.put("unknown action line", with("/actionLines", array("C12")));
    c.put("unknown C7 sub-line", with("/actionLines", array("C7.e-commerce")));
    c.put("action line in lower case", with("/actionLines", array("c2")));
    c.put("duplicate action line", with("/actionLines", array("C2", "C2")));
    c.put("null action line", with("/actionLines", array("C2", null)));
    c.put("action lines a string", with("/actionLines", "C2"));
    c.put("goal 0", with("/sdgs", array(0)));
    c.put("goal 18", with("/sdgs", array(18)));
    c.put("goal -1", with("/sdgs", array(-1)));
    c.put("duplicate goal", with("/sdgs", array(9, 9)));
    c.put("goal a string", with("/sdgs", array("9")));
    c.put("goal 9.5", with("/sdgs", array(9.5)));
    c.put("null goal", with("/sdgs", array((Object) null)));
    c.put("submitted without summary", without("/summary"));
    c.put("blank summary", with("/summary", "\n\n"));
    c.put("summary of a Hangul filler", with("/summary", "\u3164"));
    c.put("summary with an isolate", with("/summary", "a\u2067b"));
    c.put("empty summary", with("/summary", ""));
    c.put("summary of 2001", with("/summary", repeat("s", 2001)));
    c.put("summary a number", with("/summary", NODES.numberNode(1)));
    c.put("body of 200001", with("/body", repeat("b", 200_001)));
    c.put("body an array", with("/body", array("b")));
    c.put("21 attachments", with("/attachments", array(IntStream.range(0, 21).mapToObj(i -> attachment()).toArray())));
    c.put("null attachment", with("/attachments", array((Object) null)));
    c.put("attachments an object", with("/attachments", attachment()));
    c.put("attachment without uri", without("/attachments/0/uri"));
    c.put("attachment without media type", without("/attachments/0/mediaType"));
    c.put("attachment with unknown member", with("/attachments/0/size", NODES.numberNode(1)));
    c.put("uri http", with("/attachments/0/uri", "http://example.org/input.pdf"));
    c.put("uri relative", with("/attachments/0/uri", "/input.pdf"));
    c.put("uri without host", with("/attachments/0/uri", "https:///input.pdf"));
    c.put("uri opaque", with("/attachments/0/uri", "https:example.org"));
    c.put("uri with a space", with("/attachments/0/uri", "https://example.org/a b"));
    c.put("uri with a bad escape", with("/attachments/0/uri", "https://example.org/%zz"));
    c.put("uri with a short escape", with("/attachments/0/uri", "https://example.org/%2"));
    c.put("uri with two fragments", with("/attachments/0/uri", "https://example.org/#a#b"));
    c.put("uri with a host with _", with("/attachments/0/uri", "https://ex_ample.org/"));
    c.put("uri with a quote", with("/attachments/0/uri", "https://example.org/\"a\""));
    c.put("uri with a pipe", with("/attachments/0/uri", "https://example.org/a|b"));
    c.put("uri with a no-break space", with("/attachments/0/uri", "https://example.org/a\u00A0b"));
    c.put("uri with a trailing line feed", with("/attachments/0/uri", "https://example.org/\n"));
    c.put("uri with user and password", with("/attachments/0/uri", "https://user:pw@example.org/"));
    c.put("uri with a user", with("/attachments/0/uri", "https://user@example.org/"));
    c.put("uri with an empty user", with("/attachments/0/uri", "https://@example.org/"));
    c.put("uri with a user that looks like a host", with("/attachments/0/uri", "https://example.org@example.net/"));
    c.put("uri with port 0", with("/attachments/0/uri", "https://example.org:0/"));
    c.put("uri with port 00", with("/attachments/0/uri", "https://example.org:00/"));
    c.put("uri with port 65536", with("/attachments/0/uri", "https://example.org:65536/"));
    c.put("uri with port 99999", with("/attachments/0/uri", "https://example.org:99999/"));
    c.put("uri with port beyond int", with("/attachments/0/uri", "https://example.org:2147483648/"));
    c.put("uri with a label of 64", with("/attachments/0/uri", "https://" + repeat("a", 64) + ".org/"));
    c.put("uri with a host of 10,000 in short labels",
        with("/attachments/0/uri", "https://" + repeat("a.", 4998) + "org/"));
    c.put("uri with a host of 128 labels", with("/attachments/0/uri", "https://" + repeat("a.", 127) + "org/"));
    c.put("uri with a host of 10,000 without dots", with("/attachments/0/uri", "https://" + repeat("a", 10_000) + "/"));
    c.put("uri with a right-to-left override", with("/attachments/0/uri", "https://example.org/\u202Efdp.exe"));
    c.put("uri with a zero-width space", with("/attachments/0/uri", "https://example.org/a\u200Bb"));
    c.put("uri with a BOM", with("/attachments/0/uri", "https://example.org/\uFEFF"));
    c.put("uri with a soft hyphen", with("/attachments/0/uri", "https://example.org/a\u00ADb"));
    c.put("uri with an Arabic letter mark", with("/attachments/0/uri", "https://example.org/#\u061C"));
    c.put("uri with a Hangul filler", with("/attachments/0/uri", "https://example.org/\u3164"));
    c.put("media type without subtype", with("/attachments/0/mediaType", "application"));
    c.put("media type without type", with("/attachments/0/mediaType", "/pdf"));
    c.put("media type with parameters", with("/attachments/0/mediaType", "text/plain; charset=utf-8"));
    c.put("media type with two slashes", with("/attachments/0/mediaType", "a/b/c"));
    c.put("media type starting with +", with("/attachments/0/mediaType", "+a/b"));
    c.put("media type name of 128", with("/attachments/0/mediaType", repeat("a", 128) + "/b"));
    c.put("media type with a trailing line feed", with("/attachments/0/mediaType", "text/plain\n"));
    c.put("sha256 in capitals", with("/attachments/0/sha256", repeat("A", 64)));
    c.put("sha256 of 63", with("/attachments/0/sha256", repeat("a", 63)));
    c.put("sha256 of 65", with("/attachments/0/sha256", repeat("a", 65)));
    c.put("sha256 not hex", with("/attachments/0/sha256", repeat("g", 64)));
    c.put("empty attachment title", with("/attachments/0/title", ""));
    c.put("blank attachment title", with("/attachments/0/title", " "));
    c.put("attachment title of a zero-width space", with("/attachments/0/title", "\u200B"));
    c.put("attachment title with a tab", with("/attachments/0/title", "a\tb"));
    c.put("attachment title with an override", with("/attachments/0/title", "a\u202Db"));
    c.put("attachment title of 301", with("/attachments/0/title", repeat(emoji, 301)));
    c.put("31 keywords", with("/keywords", array(IntStream.range(0, 31).mapToObj(i -> "k" + i).toArray())));
    c.put("duplicate keyword", with("/keywords", array("a", "a")));
    c.put("empty keyword", with("/keywords/0", ""));
    c.put("blank keyword", with("/keywords/0", " "));
    c.put("keyword of a zero-width space", with("/keywords/0", "\u200B"));
    c.put("keyword with a NUL", with("/keywords", array("rural", "rural\u0000")));
    c.put("keyword with an isolate", with("/keywords/0", "rural\u2069"));
    c.put("keyword of 101 emoji", with("/keywords/0", repeat(emoji, 101)));
    c.put("null keyword", with("/keywords/0", NODES.nullNode()));
    c.put("keyword a number", with("/keywords/0", NODES.numberNode(1)));
    c.put("draft with unknown action line", draft("/actionLines", array("C0")));
    c.put("draft with blank summary", draft("/summary", NODES.textNode(" ")));
    return c.entrySet().stream().map(e -> new Case(e.getKey(), e.getValue())).collect(Collectors.toList());
  }

  /**
   * Payloads the SDK refuses and the schema accepts: the rules JSON Schema cannot express. Each
   * must stay a disagreement; one that starts to agree has its rule expressed and moves to
   * {@link #invalid()}.
   */
  static List<Case> expectedDisagreements() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("submittedAt after the clock's present", with("/submittedAt", "9999-12-31T23:59:59Z")));
    c.add(new Case("language unknown to ISO 639", with("/language", "qqq")));
    c.add(new Case("language of private use only", with("/language", "x-private")));
    c.add(new Case("grandfathered language with unknown primary", with("/language", "i-klingon")));
    c.add(new Case("e-mail local part of 65", with("/contributor/email", repeat("a", 65) + "@example.org")));
    c.add(new Case("e-mail with an all-digit top-level domain", with("/contributor/email", "a@example.123")));
    c.add(new Case("submittedAt February 29 outside a leap year", with("/submittedAt", "2023-02-29T10:00:00Z")));
    c.add(new Case("duplicate member", Samples.contractExampleJson().replace("\"id\": \"c-2024-0042\",",
        "\"id\": \"c-2024-0042\", \"id\": \"c-2024-0043\",")));
    c.add(new Case("goal written 9.0", with("/sdgs", array(9, 17)).replace("[9,", "[9.0,")));
    c.add(new Case("goal written 9e0", with("/sdgs", array(9, 17)).replace("[9,", "[9e0,")));
    c.add(new Case("title of tag characters only", with("/title", "\uDB40\uDC69\uDB40\uDC67\uDB40\uDC6E")));
    c.add(
        new Case("title with tag characters after text", with("/title", "Report\uDB40\uDC69\uDB40\uDC67\uDB40\uDC6E")));
    c.add(new Case("title of a variation selector outside the BMP", with("/title", "\uDB40\uDD00")));
    c.add(new Case("title of combining marks outside the BMP", with("/title", "\uD834\uDD65\uD834\uDD67")));
    c.add(new Case("keywords the same in NFC", with("/keywords", array("r\u00E9seau", "re\u0301seau"))));
    c.add(new Case("uri with a host of 254 in five labels", with("/attachments/0/uri",
        "https://" + repeat(repeat("a", 63) + ".", 3) + repeat("b", 61) + ".c/")));
    c.add(new Case("uri with a tag character", with("/attachments/0/uri", "https://example.org/\uDB40\uDC41")));
    c.add(new Case("document over the reader's size limit", example().toString().replace("{\"schemaVersion\"",
        "{" + repeat(" ", ReadLimits.defaults().getMaxDocumentBytes()) + "\"schemaVersion\"")));
    return c;
  }

  // ---- the tests ----

  @Test
  void validPayloads_areValidToBoth() {
    List<Case> cases = valid();
    assertThat(cases).hasSizeGreaterThan(300);
    for (Case c : cases) {
      assertThat(sdkReport(c.json)).as("SDK on %s", c).isEmpty();
      assertThat(schemaErrors(c.json)).as("schema on %s", c).isEmpty();
    }
  }

  @Test
  void invalidPayloads_areInvalidToBoth() {
    for (Case c : invalid()) {
      assertThat(sdkValid(c.json)).as("SDK on %s", c).isFalse();
      assertThat(schemaValid(c.json)).as("schema on %s: %s", c, sdkReport(c.json)).isFalse();
    }
  }

  @Test
  void rulesTheSchemaCannotExpress_disagreeAsListed() {
    for (Case c : expectedDisagreements()) {
      assertThat(sdkValid(c.json)).as("SDK on %s", c).isFalse();
      assertThat(schemaErrors(c.json)).as("schema on %s", c).isEmpty();
    }
  }

  @Test
  void generatedFieldValues_agree() {
    Random random = new Random(20261129L);
    List<String> disagreements = new ArrayList<>();
    int[] counted = new int[1];
    generate(random, "/id", () -> word(random, "aZ09._:-/ \n\u00E9@", random.nextBoolean() ? 3 : 130), s -> false,
        disagreements, counted);
    generate(random, "/language", () -> languageTag(random),
        s -> sdkReport(with("/language", s)).equals("/language UNKNOWN_LANGUAGE"), disagreements, counted);
    generate(random, "/contributor/email", () -> email(random), SchemaDifferentialTest::emailGap, disagreements,
        counted);
    generate(random, "/contributor/country", () -> word(random, "AKENZW", 4), s -> false, disagreements, counted);
    generate(random, "/submittedAt", () -> dateTime(random), SchemaDifferentialTest::dateTimeGap, disagreements,
        counted);
    generate(random, "/attachments/0/mediaType", () -> word(random, "ab0/+.-!#$&^_ ;=", 12), s -> false,
        disagreements, counted);
    generate(random, "/attachments/0/sha256",
        () -> word(random, "0123456789abcdefA", 2) + "0123456789abcdef".repeat(4).substring(random.nextInt(3)),
        s -> false, disagreements, counted);
    generate(random, "/attachments/0/uri", () -> uri(random), s -> false, disagreements, counted);
    generate(random, "/title",
        () -> word(random,
            " a\t\u00A0\u2028\u3000\u0085\u0007\uFEFF\u200B\u001C\u3164\u0301\u202E\u2800\u200E\u2066\u00AD",
            4),
        s -> false, disagreements, counted);
    generate(random, "/keywords/0", () -> word(random, " k\t\u0000\u00A0\u200B\u0301\u2069\u202A\u061C\u3164", 3),
        s -> false,
        disagreements, counted);
    generate(random, "/summary", () -> word(random, " s\n\u3000\u200B\u0301\u202C\u2067\u200F", 3), s -> false,
        disagreements, counted);
    assertThat(disagreements).as("%d disagreements", disagreements.size()).isEmpty();
    assertThat(counted[0]).isGreaterThan(2000);
  }

  private static void generate(Random random, String pointer, Supplier<String> values, Predicate<String> gap,
      List<String> disagreements, int[] counted) {
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 400; i++) {
      seen.add(values.get());
    }
    for (String value : seen) {
      String json = with(pointer, value);
      boolean sdk = sdkValid(json);
      boolean schema = schemaValid(json);
      counted[0]++;
      boolean expected = sdk || gap.test(value);
      if (schema != expected) {
        disagreements.add(pointer + " " + MAPPER.valueToTree(value) + ": schema " + schema + ", SDK " + sdk
            + " (" + sdkReport(json) + ")");
      }
    }
  }

  private static String word(Random random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String languageTag(Random random) {
    String[] pieces = {"en", "EN", "zh", "sgn", "i", "x", "a", "1", "abc", "Hans", "GB", "419", "1994", "fonipa",
        "abcdefgh", "abcdefghi", "", "oed", "qqq", "b2", "1ab"};
    int n = 1 + random.nextInt(5);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(random.nextInt(20) == 0 ? "_" : "-");
      }
      b.append(random.nextInt(4) == 0 ? word(random, "aZ1x", 9) : pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  private static String email(Random random) {
    String local = random.nextInt(8) == 0 ? "a".repeat(60 + random.nextInt(8))
        : word(random, "ab1.+_!~\"(@ ", 6);
    StringBuilder domain = new StringBuilder();
    int labels = random.nextInt(4);
    for (int i = 0; i < labels; i++) {
      if (i > 0) {
        domain.append('.');
      }
      domain.append(random.nextInt(10) == 0 ? "c".repeat(62 + random.nextInt(3)) : word(random, "ab1-_", 4));
    }
    return local + "@" + domain;
  }

  /** The SDK refuses only for a local part over 64 or an all-digit top-level label. */
  static boolean emailGap(String email) {
    int at = email.indexOf('@');
    String[] labels = email.substring(at + 1).split("\\.", -1);
    String last = labels[labels.length - 1];
    boolean digits = !last.isEmpty() && last.chars().allMatch(Character::isDigit);
    if (at <= 64 && !digits) {
      return false;
    }
    String repaired = email.substring(0, Math.min(at, 64)) + email.substring(at) + (digits ? "a" : "");
    return sdkValid(with("/contributor/email", repaired));
  }

  private static String dateTime(Random random) {
    String[] years = {"2024", "2023", "2000", "1900", "0000", "2025", "202"};
    String[] twos = {"00", "01", "02", "04", "09", "11", "12", "13", "18", "19", "23", "24", "28", "29", "30", "31",
        "59", "60", "1"};
    String[] offsets = {"Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+17:59", "+05:30", "+0530", "",
        "+24:00", "+05:60"};
    String[] fractions = {"", "", ".5", ".123456789", ".1234567890", "."};
    return years[random.nextInt(years.length)] + "-" + pick(random, twos) + "-" + pick(random, twos)
        + (random.nextInt(10) == 0 ? " " : random.nextInt(5) == 0 ? "t" : "T")
        + pick(random, twos) + ":" + pick(random, twos) + ":" + pick(random, twos)
        + pick(random, fractions) + pick(random, offsets);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The SDK refuses only for February 29 outside a leap year: the schema accepts it in any year. */
  static boolean dateTimeGap(String s) {
    return s.length() >= 10 && s.substring(4, 10).equals("-02-29")
        && s.substring(0, 4).chars().allMatch(Character::isDigit)
        && !LocalDate.of(Integer.parseInt(s.substring(0, 4)), 1, 1).isLeapYear()
        && sdkValid(with("/submittedAt", "2024" + s.substring(4)));
  }

  private static String uri(Random random) {
    String[] schemes = {"https", "HTTPS", "http", "", "https:"};
    String[] authorities = {"example.org", "ex_ample.org", "", "[::1]", "192.0.2.1", "-a.org", "a-.org",
        "u@example.org",
        "example.org:443", "example.org:x", "example.org:", "a", "1a.org", "example.org.", "u:p@example.org",
        "@example.org",
        "example.org:0", "example.org:00", "example.org:65535", "example.org:65536", "example.org:0443", "[::1]:99999",
        "a".repeat(63) + ".org", "a".repeat(64) + ".org", "exa\u202Emple.org"};
    String[] rests = {"", "/", "/a b", "/%20", "/%zz", "/\u00E9", "/a[1]", "?q=1", "#f", "#f#g", "/\"", "/|",
        "/a/../b", "?q=[1]", "/~a", "/a;b=c", "/\u202E", "/a\u200Bb", "?\u2066", "#\uFEFF", "/@a", "/\u0301"};
    return pick(random, schemes) + "://" + pick(random, authorities) + pick(random, rests);
  }

  // ---- the schema's lists and character classes are the model's ----

  @Test
  void countryEnum_isTheModelsList() throws IOException {
    JsonNode schema = MAPPER.readTree(JsonSchemas.contribution());
    Set<String> countries = StreamSupport
        .stream(schema.at("/properties/contributor/properties/country/enum").spliterator(), false)
        .filter(n -> !n.isNull()).map(JsonNode::textValue).collect(Collectors.toCollection(TreeSet::new));
    assertThat(countries).hasSize(249).isEqualTo(modelCountries());
  }

  /** The model's bundled list, read as the model reads it (the tests run on the class path). */
  static Set<String> modelCountries() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (InputStream in = ClassLoader.getSystemResourceAsStream(
        "io/github/wsis20/model/internal/constraints/iso3166-1-alpha3.txt")) {
      assertThat(in).as("the model's country list").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          codes.addAll(List.of(line.trim().split("\\s+")));
        }
      }
    }
    return codes;
  }

  @Test
  void notBlankClass_isJavasWhiteSpaceAndSpaceSeparators() throws IOException {
    JsonNode schema = MAPPER.readTree(JsonSchemas.contribution());
    Pattern text = Pattern.compile(schema.at("/$defs/text/pattern").textValue());
    Pattern label = Pattern.compile(schema.at("/$defs/label/not/pattern").textValue());
    Pattern prose = Pattern.compile(schema.at("/$defs/prose/not/pattern").textValue());
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
      assertThat(text.matcher(s).find()).as("U+%04X", cp).isEqualTo(!blank);
      assertThat(label.matcher(s).find()).as("U+%04X", cp)
          .isEqualTo(Character.getType(cp) == Character.CONTROL || bidi);
      assertThat(prose.matcher(s).find()).as("U+%04X", cp).isEqualTo(bidi);
    }
  }

  /**
   * The schema's class of visible characters, and its class of the characters a URI may not hold,
   * are the model's table (read as the model reads it) in the Basic Multilingual Plane. Outside it
   * the schema counts every code point as visible and allowed: the table's ranges there are the
   * rules only the SDK checks.
   */
  @Test
  void visibleAndHiddenClasses_areTheModelsTableInTheBmp() throws IOException {
    JsonNode schema = MAPPER.readTree(JsonSchemas.contribution());
    Pattern visible = Pattern.compile(schema.at("/$defs/visible/pattern").textValue());
    Pattern hidden = Pattern
        .compile(schema.at("/properties/attachments/items/properties/uri/not/anyOf/1/pattern").textValue());
    String[] kinds = modelInvisibleCharacters();
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      boolean bmp = cp <= 0xFFFF;
      if (visible.matcher(s).find() != (!bmp || kinds[cp] == null)) {
        wrong.add(String.format("visible U+%04X", cp));
      }
      if (hidden.matcher(s).find() != (bmp && "hidden".equals(kinds[cp]))) {
        wrong.add(String.format("hidden U+%04X", cp));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(IntStream.rangeClosed(0x10000, Character.MAX_CODE_POINT).filter(cp -> kinds[cp] != null).count())
        .as("invisible code points only the SDK sees").isGreaterThan(4000);
  }

  /** The model's table of invisible characters: the kind of each code point, null when visible. */
  static String[] modelInvisibleCharacters() throws IOException {
    String[] kinds = new String[Character.MAX_CODE_POINT + 1];
    try (InputStream in = ClassLoader.getSystemResourceAsStream(
        "io/github/wsis20/model/internal/constraints/invisible-characters.txt")) {
      assertThat(in).as("the model's table").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.trim().split("\\.\\.| ");
          for (int cp = Integer.parseInt(f[0], 16); cp <= Integer.parseInt(f[1], 16); cp++) {
            kinds[cp] = f[2];
          }
        }
      }
    }
    return kinds;
  }

  @Test
  void schemaText_isLoadedOnce_andIsTheDraft202012Schema() throws IOException {
    assertThat(JsonSchemas.contribution()).isSameAs(JsonSchemas.contribution());
    JsonNode schema = MAPPER.readTree(JsonSchemas.contribution());
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").textValue()).isEqualTo(JsonSchemas.CONTRIBUTION_ID);
  }
}
