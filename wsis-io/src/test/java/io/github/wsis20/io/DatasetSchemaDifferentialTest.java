package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.BodyKind;
import io.github.wsis20.model.DeliverableKind;
import io.github.wsis20.model.Facilitation;
import io.github.wsis20.model.InstrumentKind;
import io.github.wsis20.model.MandateVerb;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.symbol.Issuer;
import io.github.wsis20.validation.Severity;
import io.github.wsis20.validation.ViolationCode;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The dataset's JSON Schema and the SDK judge one corpus of dataset documents: the bundled dataset
 * as the SDK writes it and as its YAML parses, hand-written boundaries, documents that each break
 * one rule, and generated values. Where the schema can express a rule they must agree; the rules
 * only the SDK checks are listed in {@link #SDK_ONLY} and {@link #expectedDisagreements()}, and a
 * disagreement for any other reason fails.
 *
 * <p>The SDK side is {@link DatasetReader#json()}, which reads and then runs the
 * {@code DatasetValidator}; the schema side is networknt's json-schema-validator, draft 2020-12,
 * format assertions off.
 */
class DatasetSchemaDifferentialTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(JsonSchemas.dataset(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
  private static final String EMOJI = "\uD83C\uDF10";

  /**
   * The codes of the rules that tie entities together or compare values: JSON Schema cannot
   * express them, so a document that breaks only these passes the schema.
   */
  static final Set<ViolationCode> SDK_ONLY = EnumSet.of(
      ViolationCode.DUPLICATE_ID,
      ViolationCode.UNRESOLVED_REFERENCE,
      ViolationCode.PARENT_LOOP,
      ViolationCode.REPORTING_LOOP,
      ViolationCode.DUPLICATE_SESSION_ORDINAL,
      ViolationCode.SESSION_OFF_CALENDAR,
      ViolationCode.SESSION_DATES_REVERSED,
      ViolationCode.SESSION_DATES_OUTSIDE_YEAR,
      ViolationCode.DATES_REVERSED,
      ViolationCode.DUE_BEFORE_ADOPTION,
      ViolationCode.DUE_SESSION_OFF_ROUTE,
      ViolationCode.SYMBOL_GRAMMAR_MISMATCH,
      ViolationCode.ADOPTED_OUTSIDE_MEETING,
      ViolationCode.SUPERSESSION_NOT_EARLIER,
      ViolationCode.SUPERSESSION_ACROSS_BODIES,
      ViolationCode.UNTIL_BEFORE_ADOPTION,
      ViolationCode.FULFILMENT_BEFORE_ADOPTION,
      ViolationCode.FULFILMENT_OUTSIDE_MEETING,
      ViolationCode.FULFILMENT_MEETING_OFF_ROUTE);

  /** A document of the corpus, with a name that says which rule it tests. */
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

  static ReadResult<?> sdk(String json) {
    return DatasetReader.json().read(json.getBytes(StandardCharsets.UTF_8));
  }

  static Set<ViolationCode> sdkErrors(String json) {
    return sdk(json).getReport().getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR)
        .map(v -> v.getCode()).collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationCode.class)));
  }

  /** Whether the SDK refuses nothing but what only it can check. */
  static boolean sdkValidInShape(String json) {
    return SDK_ONLY.containsAll(sdkErrors(json));
  }

  static String sdkReport(String json) {
    return sdk(json).getReport().getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR)
        .map(v -> v.getPointer() + " " + v.getCode()).collect(Collectors.joining(", "));
  }

  // ---- the documents ----

  static final String BUNDLED_JSON = new String(DatasetWriter.json().writeBytes(ReferenceData.wsis20()),
      StandardCharsets.UTF_8);

  /**
   * A small dataset that breaks no rule: a body without calendar or symbol series (so that the
   * rules needing them only warn), an instrument with one mandate and deliverable, a session, an
   * event and a principle.
   */
  static final String SMALL = "{\"schemaVersion\":\"1.0\","
      + "\"bodies\":[{\"id\":\"b\",\"name\":\"B\",\"kind\":\"OTHER\"}],"
      + "\"instruments\":[{\"id\":\"i\",\"kind\":\"RESOLUTION\",\"symbol\":\"A/RES/70/125\",\"adoptedBy\":\"b\","
      + "\"mandates\":[{\"id\":\"m\",\"verb\":\"REQUESTS\",\"addressee\":\"b\",\"action\":\"Report.\","
      + "\"deliverables\":[{\"id\":\"d\",\"kind\":\"REPORT\",\"title\":\"T\",\"route\":{\"author\":\"b\",\"to\":[\"b\"]}}]}]}],"
      + "\"sessions\":[{\"id\":\"s\",\"body\":\"b\",\"year\":2000}],"
      + "\"events\":[{\"id\":\"e\",\"name\":\"E\",\"start\":\"2000-01-01\"}],"
      + "\"principles\":[{\"id\":\"p\",\"name\":\"P\"}]}";

  static final String DELIVERABLE = "/instruments/0/mandates/0/deliverables/0";

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode node(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String yamlAsJson(byte[] yaml) {
    try {
      return YAML.readTree(yaml).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets, appends (an index one past the end) or removes (a null value) the value at a pointer. */
  static void set(ObjectNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    if (parent instanceof ObjectNode) {
      String name = p.last().getMatchingProperty();
      if (value == null) {
        ((ObjectNode) parent).remove(name);
      } else {
        ((ObjectNode) parent).set(name, value);
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
  }

  static String edit(String base, Consumer<ObjectNode> change) {
    ObjectNode root = tree(base);
    change.accept(root);
    return root.toString();
  }

  static String with(String base, String pointer, JsonNode value) {
    return edit(base, root -> set(root, pointer, value));
  }

  static String with(String base, String pointer, String value) {
    return with(base, pointer, NODES.textNode(value));
  }

  static String with(String base, String pointer, long value) {
    return with(base, pointer, NODES.numberNode(value));
  }

  static String without(String base, String pointer) {
    return with(base, pointer, (JsonNode) null);
  }

  static String small(String pointer, JsonNode value) {
    return with(SMALL, pointer, value);
  }

  static String small(String pointer, String value) {
    return with(SMALL, pointer, value);
  }

  static String small(String pointer, long value) {
    return with(SMALL, pointer, value);
  }

  static String bundled(String pointer, String value) {
    return with(BUNDLED_JSON, pointer, value);
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

  /** The index of the first item of a list whose member has a value. */
  static int indexOf(String base, String list, String member, String value) {
    JsonNode items = tree(base).get(list);
    for (int i = 0; i < items.size(); i++) {
      if (value.equals(items.get(i).path(member).asText(null))) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + list + " with " + member + " " + value);
  }

  /**
   * The document with {@code null} written for every optional member it leaves out, walking the
   * schema alongside it: the SDK reads {@code null} as absent, and the schema must too.
   */
  static String withNullsForAbsent(String base) throws IOException {
    JsonNode schema = MAPPER.readTree(JsonSchemas.dataset());
    ObjectNode root = tree(base);
    fillNulls(schema, schema, root);
    return root.toString();
  }

  private static void fillNulls(JsonNode schema, JsonNode at, JsonNode value) {
    JsonNode s = resolve(schema, at);
    if (value instanceof ObjectNode && s.has("properties")) {
      Set<String> required = new TreeSet<>();
      s.path("required").forEach(r -> required.add(r.textValue()));
      for (Map.Entry<String, JsonNode> member : s.get("properties").properties()) {
        JsonNode present = value.get(member.getKey());
        if (present == null && !required.contains(member.getKey())) {
          ((ObjectNode) value).putNull(member.getKey());
        } else if (present != null) {
          fillNulls(schema, member.getValue(), present);
        }
      }
    } else if (value instanceof ArrayNode && s.has("items")) {
      value.forEach(item -> fillNulls(schema, s.get("items"), item));
    }
  }

  /** Follows $ref and the non-null branch of an anyOf. */
  private static JsonNode resolve(JsonNode schema, JsonNode at) {
    JsonNode s = at;
    while (true) {
      if (s.has("$ref")) {
        s = schema.at(s.get("$ref").textValue().substring(1));
      } else if (s.has("anyOf")) {
        s = s.get("anyOf").get(1);
      } else {
        return s;
      }
    }
  }

  // ---- the corpus ----

  static final List<String> SYMBOLS = List.of("A/RES/70/125", "A/80/L.41", "A/80/L.41/Rev.1", "E/RES/2023/3",
      "E/CN.16/2024/3", "E/CN.16/2024/CRP.2/Add.1/Rev.2/Corr.1", "E/CN.16/2024/L.2/Rev.1/Add.3",
      "E/CN.16/2024/4/Corr.1", "WSIS-03/GENEVA/DOC/5-E", "WSIS-05/TUNIS/DOC/6(Rev.1)-E", "42 C/Res. 40",
      "42 C/Resolution 40", "General Assembly resolution 70/125", "ECOSOC resolution 2006/46",
      "Economic and Social Council resolution 2006/46", "resolution 2006/46", "Resolution 140 (Rev. Bucharest, 2022)",
      "Resolution 140 (Sharm el-Sheikh, 1890)", "Resolution 1332", "Resolution 1332 (Modified 2019)",
      "Resolution 1332 (Mod. 2019)", "C23/58", "C23/ADM/58", "C99/DT/1", "Resolution 1 (Revel, 2022)",
      "Resolution 1 (Rev. Town Rev-Mod, 2022)", "Resolution 1 (Modena, 2022)");

  /** Documents both must accept. */
  static List<Case> valid() throws IOException {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("bundled dataset written as JSON", BUNDLED_JSON));
    try (InputStream in = DatasetReader.class.getResourceAsStream("dataset/wsis20.yaml")) {
      cases.add(new Case("bundled YAML resource parsed as a tree", yamlAsJson(in.readAllBytes())));
    }
    cases.add(new Case("bundled dataset written as YAML, parsed as a tree",
        yamlAsJson(DatasetWriter.yaml().writeBytes(ReferenceData.wsis20()))));
    cases.add(new Case("bundled dataset with null for every absent optional member", withNullsForAbsent(BUNDLED_JSON)));
    cases.add(new Case("small dataset", SMALL));
    cases.add(new Case("small dataset with null for every absent optional member", withNullsForAbsent(SMALL)));
    cases.add(new Case("version only", "{\"schemaVersion\":\"1.0\"}"));
    cases.add(new Case("empty lists", "{\"schemaVersion\":\"1.0\",\"bodies\":[],\"instruments\":[],\"sessions\":[],"
        + "\"events\":[],\"reviewProcesses\":[],\"principles\":[],\"facilitations\":[]}"));
    cases
        .add(new Case("null lists", "{\"schemaVersion\":\"1.0\",\"bodies\":null,\"instruments\":null,\"sessions\":null,"
            + "\"events\":null,\"reviewProcesses\":null,\"principles\":null,\"facilitations\":null}"));
    String id128 = "a0._:+-" + repeat("z", 121);
    cases.add(new Case("principle id of 128", small("/principles/0/id", id128)));
    cases.add(new Case("id of one digit", small("/principles/0/id", "7")));
    cases.add(new Case("body name of 300 emoji", small("/bodies/0/name", repeat(EMOJI, 300))));
    cases.add(new Case("body name of a BOM", small("/bodies/0/name", "\uFEFF")));
    cases.add(new Case("body name with a line feed", small("/bodies/0/name", "a\nb")));
    cases.add(new Case("abbreviation of 40", small("/bodies/0/abbreviation", repeat("A", 40))));
    cases.add(new Case("instrument title of 500", small("/instruments/0/title", repeat(EMOJI, 500))));
    cases.add(new Case("instrument place of 200", small("/instruments/0/place", repeat("p", 200))));
    cases.add(new Case("mandate action of 2000", small("/instruments/0/mandates/0/action", repeat("a", 2000))));
    cases.add(new Case("deliverable title of 1000", small(DELIVERABLE + "/title", repeat("t", 1000))));
    cases.add(new Case("principle description of 2000", small("/principles/0/description", repeat("d", 2000))));
    cases.add(new Case("session name and place at their bounds",
        edit(SMALL, r -> {
          set(r, "/sessions/0/name", NODES.textNode(repeat("n", 300)));
          set(r, "/sessions/0/place", NODES.textNode(repeat("p", 200)));
        })));
    cases.add(new Case("sources at their bounds", small("/principles/0/sources", node("[{\"citation\":\""
        + repeat("c", 500) + "\",\"locator\":\"" + repeat("l", 200) + "\",\"quote\":\"" + repeat("q", 2000)
        + "\",\"note\":\"" + repeat("n", 2000) + "\",\"superseded\":true},"
        + "{\"citation\":\"c\",\"locator\":\"\",\"quote\":\" \",\"note\":\"\",\"superseded\":false}]"))));
    cases.add(new Case("session ordinal at the least int", small("/sessions/0/ordinal", Integer.MIN_VALUE)));
    cases.add(new Case("session ordinal at the greatest int", small("/sessions/0/ordinal", Integer.MAX_VALUE)));
    cases.add(new Case("session year 1", small("/sessions/0/year", 1)));
    cases.add(new Case("session year 9999", small("/sessions/0/year", 9999)));
    // Without sessions, so that no session is off the calendar.
    String noSessions = without(SMALL, "/sessions");
    cases.add(new Case("calendar at its lower bounds", with(noSessions, "/bodies/0/calendar",
        node("{\"anchorOrdinal\":-2147483648,\"anchorYear\":1,\"intervalYears\":1,\"validFromOrdinal\":-2147483648,"
            + "\"runsIntoNextYear\":false}"))));
    cases.add(new Case("calendar at its upper bounds", with(noSessions, "/bodies/0/calendar",
        node("{\"anchorOrdinal\":2147483647,\"anchorYear\":9999,\"intervalYears\":10,\"validFromOrdinal\":2147483647,"
            + "\"runsIntoNextYear\":true}"))));
    cases.add(new Case("review process of years 1 to 9999", small("/reviewProcesses",
        node("[{\"id\":\"r\",\"name\":\"R\",\"periodStart\":1,\"periodEnd\":9999,\"instruments\":[\"i\"],"
            + "\"milestones\":[\"s\",\"e\"],\"deliverables\":[\"d\"]}]"))));
    for (String date : List.of("2000-02-29", "2024-02-29", "0000-02-29", "1900-02-28", "0000-01-01", "9999-12-31",
        "2023-04-30", "2023-12-31")) {
      cases.add(new Case("event start " + date, small("/events/0/start", date)));
    }
    cases.add(new Case("event ending on its start day", small("/events/0/end", "2000-01-01")));
    for (String due : List.of("0001", "9999", "2025-01", "9999-12", "0001-01-01", "2400-02-29", "0004-02-29",
        "2023-02-28", "session:s")) {
      cases.add(new Case("due " + due, small(DELIVERABLE + "/due", due)));
    }
    cases.add(new Case("fulfilment by title on a date", small(DELIVERABLE + "/fulfilments",
        node("[{\"title\":\"T\",\"date\":\"2000-01-01\"}]"))));
    cases.add(new Case("fulfilment by symbol at a meeting", small(DELIVERABLE + "/fulfilments",
        node("[{\"symbol\":\"A/RES/80/173\",\"meeting\":\"s\"}]"))));
    cases.add(new Case("fulfilments with every member at its bounds", small(DELIVERABLE + "/fulfilments",
        node("[{\"symbol\":\"E/CN.16/2024/3\",\"title\":\"" + repeat(EMOJI, 500) + "\",\"date\":\"2000-01-01\","
            + "\"meeting\":\"e\",\"sources\":[{\"citation\":\"c\",\"verified\":false}]},"
            + "{\"title\":\"t\",\"symbol\":null,\"date\":null,\"meeting\":\"s\",\"sources\":null}]"))));
    cases.add(new Case("no fulfilments", small(DELIVERABLE + "/fulfilments", NODES.nullNode())));
    cases.add(new Case("mandate until a year", small("/instruments/0/mandates/0/until", "2030")));
    cases.add(new Case("mandate until a session", small("/instruments/0/mandates/0/until", "session:s")));
    cases.add(new Case("instrument without a symbol", without(SMALL, "/instruments/0/symbol")));
    cases.add(new Case("instrument with a null symbol", small("/instruments/0/symbol", NODES.nullNode())));
    cases.add(new Case("instrument superseding another", small("/instruments/1",
        node("{\"id\":\"j\",\"kind\":\"DECISION\",\"adoptedBy\":\"b\",\"revises\":\"i\",\"supersedes\":[\"i\"]}"))));
    cases.add(new Case("source verified true and false", small("/principles/0/sources",
        node("[{\"citation\":\"c\",\"verified\":true},{\"citation\":\"d\",\"verified\":false}]"))));
    cases.add(new Case("route through and to several", small(DELIVERABLE + "/route",
        node("{\"author\":\"b\",\"through\":[\"b\",\"b\"],\"to\":[\"b\",\"b\"]}"))));
    for (String symbol : SYMBOLS) {
      cases.add(new Case("symbol " + symbol, small("/instruments/0/symbol", symbol)));
      cases.add(new Case("symbol " + symbol + " in lower case", small("/instruments/0/symbol", symbol.toLowerCase())));
      cases.add(new Case("symbol " + symbol + " with no-break spaces and a tab around",
          small("/instruments/0/symbol", "\u00A0\t" + symbol.replace(" ", "\u3000\u2028 ") + "\n")));
    }
    cases.add(new Case("symbol without the optional spaces", small("/instruments/0/symbol", "42C/Res.40")));
    cases.add(new Case("symbol with spaces wherever allowed",
        small("/instruments/0/symbol", "E / CN . 16 / 2024 / L . 2 / Rev . 1")));
    cases.add(new Case("WSIS symbol with U+2011 hyphens",
        small("/instruments/0/symbol", "WSIS\u201103/GENEVA/DOC/5\u2013E")));
    cases.add(new Case("ITU place with a U+2010 hyphen",
        small("/instruments/0/symbol", "Resolution 1 (Sharm el\u2010Sheikh, 2022)")));
    cases.add(new Case("symbol of 200 characters", small("/instruments/0/symbol", "A/RES/70/125" + repeat(" ", 188))));
    for (BodyKind kind : BodyKind.values()) {
      cases.add(new Case("body kind " + kind, small("/bodies/0/kind", kind.name())));
    }
    for (Issuer issuer : Issuer.values()) {
      // Without instruments, whose symbols would have to follow the series.
      cases.add(new Case("symbol issuer " + issuer,
          with(without(SMALL, "/instruments"), "/bodies/0/symbolIssuer", issuer.name())));
    }
    for (InstrumentKind kind : InstrumentKind.values()) {
      cases.add(new Case("instrument kind " + kind, small("/instruments/0/kind", kind.name())));
    }
    for (MandateVerb verb : MandateVerb.values()) {
      cases.add(new Case("mandate verb " + verb, small("/instruments/0/mandates/0/verb", verb.name())));
    }
    for (DeliverableKind kind : DeliverableKind.values()) {
      cases.add(new Case("deliverable kind " + kind, small(DELIVERABLE + "/kind", kind.name())));
    }
    for (ActionLine line : ActionLine.values()) {
      for (Facilitation.Role role : Facilitation.Role.values()) {
        cases.add(new Case("facilitation of " + line + " as " + role, small("/facilitations", node(
            "[{\"actionLine\":\"" + line.getCode() + "\",\"body\":\"b\",\"role\":\"" + role
                + "\",\"verified\":false}]"))));
      }
    }
    return cases;
  }

  /** Documents that each break one rule the schema expresses. */
  static List<Case> invalid() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("not an object", "[]");
    c.put("a string", "\"x\"");
    c.put("null", "null");
    c.put("no schemaVersion", without(SMALL, "/schemaVersion"));
    c.put("null schemaVersion", small("/schemaVersion", NODES.nullNode()));
    c.put("schemaVersion 2.0", small("/schemaVersion", "2.0"));
    c.put("schemaVersion a number", small("/schemaVersion", 1));
    c.put("unknown member at the root", small("/extra", "x"));
    c.put("bodies an object", small("/bodies", tree(SMALL).at("/bodies/0")));
    c.put("null body", small("/bodies/1", NODES.nullNode()));
    c.put("body a string", small("/bodies/0", "b"));
    c.put("null organizer", small("/events/0/organizers", array((Object) null)));
    c.put("organizer a number", small("/events/0/organizers", array(1)));
    c.put("null source", small("/principles/0/sources", array((Object) null)));
    // Every entity: an unknown member, and each required member missing and null.
    Map<String, String> entities = new LinkedHashMap<>();
    entities.put("/bodies/0", "id name kind");
    entities.put("/instruments/0", "id kind adoptedBy");
    entities.put("/instruments/0/mandates/0", "id verb addressee action");
    entities.put(DELIVERABLE, "id kind title route");
    entities.put(DELIVERABLE + "/route", "author to");
    entities.put("/sessions/0", "id body year");
    entities.put("/events/0", "id name start");
    entities.put("/principles/0", "id name");
    String full = edit(SMALL, r -> {
      set(r, "/bodies/0/calendar", node("{\"anchorYear\":2000,\"intervalYears\":1}"));
      set(r, "/reviewProcesses", node("[{\"id\":\"r\",\"name\":\"R\",\"periodStart\":2000,\"periodEnd\":2001}]"));
      set(r, "/facilitations", node("[{\"actionLine\":\"C1\",\"body\":\"b\",\"role\":\"LEAD\"}]"));
      set(r, "/events/0/sources", node("[{\"citation\":\"c\"}]"));
      set(r, DELIVERABLE + "/fulfilments", node("[{\"title\":\"T\",\"date\":\"2000-01-01\"}]"));
    });
    entities.put("/bodies/0/calendar", "anchorYear intervalYears");
    entities.put("/reviewProcesses/0", "id name periodStart periodEnd");
    entities.put("/facilitations/0", "actionLine body role");
    entities.put("/events/0/sources/0", "citation");
    entities.put(DELIVERABLE + "/fulfilments/0", "");
    assertThat(sdkReport(full)).isEmpty();
    for (Map.Entry<String, String> e : entities.entrySet()) {
      c.put("unknown member in " + e.getKey(), with(full, e.getKey() + "/extra", "x"));
      for (String member : e.getValue().isEmpty() ? new String[0] : e.getValue().split(" ")) {
        c.put("no " + e.getKey() + "/" + member, without(full, e.getKey() + "/" + member));
        c.put("null " + e.getKey() + "/" + member, with(full, e.getKey() + "/" + member, NODES.nullNode()));
      }
    }
    String fulfilments = DELIVERABLE + "/fulfilments";
    c.put("fulfilment without a document", small(fulfilments, node("[{\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment with a null symbol and title", small(fulfilments,
        node("[{\"symbol\":null,\"title\":null,\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment without a date or meeting", small(fulfilments, node("[{\"title\":\"T\"}]")));
    c.put("fulfilment with a null date and meeting", small(fulfilments,
        node("[{\"title\":\"T\",\"date\":null,\"meeting\":null}]")));
    c.put("empty fulfilment", small(fulfilments, node("[{}]")));
    c.put("null fulfilment", small(fulfilments, array((Object) null)));
    c.put("fulfilments an object", small(fulfilments, node("{\"title\":\"T\",\"date\":\"2000-01-01\"}")));
    c.put("fulfilment title blank", small(fulfilments, node("[{\"title\":\" \",\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment title of 501",
        small(fulfilments, node("[{\"title\":\"" + repeat("t", 501) + "\",\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment symbol that does not parse",
        small(fulfilments, node("[{\"symbol\":\"A/RES/70\",\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment symbol that does not parse beside a title", small(fulfilments,
        node("[{\"symbol\":\"A/RES/70\",\"title\":\"T\",\"date\":\"2000-01-01\"}]")));
    c.put("fulfilment date not a day", small(fulfilments, node("[{\"title\":\"T\",\"date\":\"2023-02-29\"}]")));
    c.put("fulfilment meeting with a capital", small(fulfilments, node("[{\"title\":\"T\",\"meeting\":\"S\"}]")));
    c.put("fulfilment date a number", small(fulfilments, node("[{\"title\":\"T\",\"date\":2000}]")));
    c.put("mandate until not a due", small("/instruments/0/mandates/0/until", "soon"));
    c.put("mandate until a number", small("/instruments/0/mandates/0/until", 2030));
    c.put("supersedes a string", small("/instruments/0/supersedes", "i"));
    c.put("supersedes an id with a capital", small("/instruments/0/supersedes", array("I")));
    c.put("source verified a string",
        small("/principles/0/sources", node("[{\"citation\":\"c\",\"verified\":\"no\"}]")));
    c.put("misspelt member", small("/bodies/0/reportTo", "b"));
    c.put("body kind unknown", small("/bodies/0/kind", "AGENCY"));
    c.put("body kind in lower case", small("/bodies/0/kind", "other"));
    c.put("symbol issuer unknown", small("/bodies/0/symbolIssuer", "UNGA"));
    c.put("instrument kind unknown", small("/instruments/0/kind", "TREATY"));
    c.put("mandate verb unknown", small("/instruments/0/mandates/0/verb", "URGES"));
    c.put("deliverable kind unknown", small(DELIVERABLE + "/kind", "MEMO"));
    c.put("action line unknown",
        small("/facilitations", node("[{\"actionLine\":\"C12\",\"body\":\"b\",\"role\":\"LEAD\"}]")));
    c.put("action line in lower case",
        small("/facilitations", node("[{\"actionLine\":\"c1\",\"body\":\"b\",\"role\":\"LEAD\"}]")));
    c.put("facilitation role unknown",
        small("/facilitations", node("[{\"actionLine\":\"C1\",\"body\":\"b\",\"role\":\"CHAIR\"}]")));
    c.put("verified a string", small("/facilitations",
        node("[{\"actionLine\":\"C1\",\"body\":\"b\",\"role\":\"LEAD\",\"verified\":\"no\"}]")));
    c.put("superseded a number", small("/principles/0/sources", node("[{\"citation\":\"c\",\"superseded\":1}]")));
    c.put("runsIntoNextYear a string",
        small("/bodies/0/calendar", node("{\"anchorYear\":1,\"intervalYears\":1,\"runsIntoNextYear\":\"true\"}")));
    for (String bad : List.of("", "B", "-b", ".b", "a b", "a/b", "a\n", "a\u2028", "r\u00E9", "a@b", "a#",
        repeat("a", 129))) {
      c.put("id " + MAPPER.valueToTree(bad), small("/principles/0/id", bad));
    }
    c.put("reference with a capital", small("/bodies/0/parent", "B"));
    c.put("route to with a capital", small(DELIVERABLE + "/route/to/0", "B"));
    c.put("id a number", small("/principles/0/id", 7));
    c.put("empty body name", small("/bodies/0/name", ""));
    c.put("blank body name", small("/bodies/0/name", " \t\u3000\u2028"));
    c.put("body name of 301", small("/bodies/0/name", repeat(EMOJI, 301)));
    c.put("blank abbreviation", small("/bodies/0/abbreviation", " "));
    c.put("abbreviation of 41", small("/bodies/0/abbreviation", repeat("A", 41)));
    c.put("instrument title of 501", small("/instruments/0/title", repeat("t", 501)));
    c.put("blank instrument title", small("/instruments/0/title", ""));
    c.put("instrument place of 201", small("/instruments/0/place", repeat("p", 201)));
    c.put("mandate action of 2001", small("/instruments/0/mandates/0/action", repeat("a", 2001)));
    c.put("blank mandate action", small("/instruments/0/mandates/0/action", "\n"));
    c.put("deliverable title of 1001", small(DELIVERABLE + "/title", repeat("t", 1001)));
    c.put("session name of 301", small("/sessions/0/name", repeat("n", 301)));
    c.put("blank session place", small("/sessions/0/place", "\u00A0"));
    c.put("event name of 301", small("/events/0/name", repeat("n", 301)));
    c.put("principle name of 301", small("/principles/0/name", repeat("n", 301)));
    c.put("principle description of 2001", small("/principles/0/description", repeat("d", 2001)));
    c.put("blank principle description", small("/principles/0/description", " "));
    c.put("citation of 501", small("/principles/0/sources", node("[{\"citation\":\"" + repeat("c", 501) + "\"}]")));
    c.put("blank citation", small("/principles/0/sources", node("[{\"citation\":\" \"}]")));
    c.put("locator of 201",
        small("/principles/0/sources", node("[{\"citation\":\"c\",\"locator\":\"" + repeat("l", 201) + "\"}]")));
    c.put("quote of 2001",
        small("/principles/0/sources", node("[{\"citation\":\"c\",\"quote\":\"" + repeat("q", 2001) + "\"}]")));
    c.put("note of 2001",
        small("/principles/0/sources", node("[{\"citation\":\"c\",\"note\":\"" + repeat("n", 2001) + "\"}]")));
    c.put("session year 0", small("/sessions/0/year", 0));
    c.put("session year 10000", small("/sessions/0/year", 10_000));
    c.put("session year a string", small("/sessions/0/year", "2000"));
    c.put("session year 2000.5", small("/sessions/0/year", NODES.numberNode(2000.5)));
    c.put("session ordinal past the greatest int", small("/sessions/0/ordinal", Integer.MAX_VALUE + 1L));
    c.put("session ordinal below the least int", small("/sessions/0/ordinal", Integer.MIN_VALUE - 1L));
    c.put("session ordinal a boolean", small("/sessions/0/ordinal", NODES.booleanNode(true)));
    c.put("calendar interval 0", small("/bodies/0/calendar", node("{\"anchorYear\":2000,\"intervalYears\":0}")));
    c.put("calendar interval 11", small("/bodies/0/calendar", node("{\"anchorYear\":2000,\"intervalYears\":11}")));
    c.put("calendar anchor year 0", small("/bodies/0/calendar", node("{\"anchorYear\":0,\"intervalYears\":1}")));
    c.put("calendar anchor ordinal of 2^31",
        small("/bodies/0/calendar", node("{\"anchorYear\":1,\"intervalYears\":1,\"anchorOrdinal\":2147483648}")));
    c.put("calendar a list", small("/bodies/0/calendar", array()));
    c.put("review period start 0",
        small("/reviewProcesses", node("[{\"id\":\"r\",\"name\":\"R\",\"periodStart\":0,\"periodEnd\":1}]")));
    c.put("review period end 10000",
        small("/reviewProcesses", node("[{\"id\":\"r\",\"name\":\"R\",\"periodStart\":1,\"periodEnd\":10000}]")));
    c.put("route to empty", small(DELIVERABLE + "/route/to", array()));
    c.put("route to a string", small(DELIVERABLE + "/route/to", "b"));
    c.put("route a string", small(DELIVERABLE + "/route", "b"));
    for (String date : List.of("2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10",
        "2024-01-00", "2024-01-32", "2024-1-01", "24-01-01", "20240101", "2024-01-01T00:00", "2024-01-01\n",
        " 2024-01-01", "2024/01/01", "\uFF12024-01-01", "")) {
      c.put("event start " + MAPPER.valueToTree(date), small("/events/0/start", date));
    }
    c.put("event start a number", small("/events/0/start", 2024));
    for (String due : List.of("0000", "0000-01", "0000-01-01", "0000-02-29", "2023-02-29", "2100-02-29", "2025-00",
        "2025-13", "2025-1", "202", "20255", "2025-06-31", "session:", "session:-s", "session:s s", "session:s\n",
        "Session:s", "session:" + repeat("s", 129), "2025\n", "soon", "")) {
      c.put("due " + MAPPER.valueToTree(due), small(DELIVERABLE + "/due", due));
    }
    c.put("due a number", small(DELIVERABLE + "/due", 2025));
    for (String symbol : List.of("", " ", "A/RES/70", "A/RES/7/125", "A/RES/1000/1", "A/RES/70/0125", "A/RES/70/123456",
        "A/RES/70/125/", "A/RES/70/125\u0085", "A/RES/70/125\u000B", "A/RES/70/\u200B125", "A/RES/70\u2014125",
        "A /RES/70/125x", "AA/RES/70/125", "resolution 70/125", "A/80/L41", "A/80/L.41/Rev", "E/RES/1899/1",
        "E/CN.16/2024/3/Corr.1/Rev.1", "E/CN.16/2024/3/Rev.1/Rev.2", "E/CN.17/2024/3", "WSIS-03/TUNIS/DOC/5-E",
        "WSIS-05/GENEVA/DOC/5-E", "WSIS-03/GENEVA/DOC/5-G", "WSIS-03/GENEVA/DOC/5", "100 C/Res. 40", "0 C/Res. 40",
        "42 C/Re. 40", "Resolution 140 (Rev. Bucharest 2022)", "Resolution 140 (Rev Bucharest, 2022)",
        "Resolution 140 (Mod Bucharest, 2022)", "Resolution 140 (Modified, 2022)", "Resolution 140 (Rev, 2022)",
        "Resolution 1 (Rev. Rev-Town, 2022)",
        "Resolution 1 (mod-Town, 2022)", "Resolution 1 (MODIFIED Town, 2022)",
        "Resolution 140 (Bucharest, 1799)", "Resolution 140 (Bucharest , , 2022)", "Resolution 140 (Sharm  - el, 2022)",
        "Resolution 140 (Bucharest2, 2022)", "Resolution 1332 (Modified 1850)", "Resolution 1332 (Mod 2019)",
        "Resolution 1332 ()", "C2/58", "C23/XY/58", "C23/ADM58", "Res. 1332", "E/RES/2023/3" + repeat(" ", 189))) {
      c.put("symbol " + MAPPER.valueToTree(symbol), small("/instruments/0/symbol", symbol));
    }
    c.put("symbol a number", small("/instruments/0/symbol", 125));
    return c.entrySet().stream().map(e -> new Case(e.getKey(), e.getValue())).collect(Collectors.toList());
  }

  /**
   * Documents the SDK refuses and the schema accepts: one for each rule JSON Schema cannot
   * express, derived from the bundled dataset, with the code the SDK must report. One that starts
   * to agree has had its rule expressed, and moves to {@link #invalid()}.
   */
  static Map<Case, ViolationCode> expectedDisagreements() {
    Map<Case, ViolationCode> c = new LinkedHashMap<>();
    String b = BUNDLED_JSON;
    int cstd = indexOf(b, "bodies", "id", "cstd");
    int ecosoc = indexOf(b, "bodies", "id", "ecosoc");
    int unga = indexOf(b, "bodies", "id", "unga");
    int gaRes = indexOf(b, "instruments", "symbol", "A/RES/70/125");
    int cstd28 = indexOf(b, "sessions", "id", "cstd-28");
    String deliverable = "/instruments/" + indexOf(b, "instruments", "id", "e-res-2023-3")
        + "/mandates/0/deliverables/0";
    int tunis = indexOf(b, "instruments", "id", "wsis-05-tunis-doc-6-rev1");
    int event = indexOf(b, "events", "id", "wsis-tunis-2005");
    c.put(new Case("an id given twice", with(b, "/principles/0/id", "cstd")), ViolationCode.DUPLICATE_ID);
    c.put(new Case("a parent that names no body", with(b, "/bodies/" + cstd + "/parent", "no-such-body")),
        ViolationCode.UNRESOLVED_REFERENCE);
    c.put(new Case("a reference to an entity of another kind", with(b, "/bodies/" + cstd + "/servicedBy", "cstd-28")),
        ViolationCode.UNRESOLVED_REFERENCE);
    c.put(new Case("a loop of parents", edit(b, r -> {
      set(r, "/bodies/" + cstd + "/parent", NODES.textNode("ecosoc"));
      set(r, "/bodies/" + ecosoc + "/parent", NODES.textNode("cstd"));
    })), ViolationCode.PARENT_LOOP);
    c.put(new Case("a loop of reporting lines", with(b, "/bodies/" + unga + "/reportsTo", "cstd")),
        ViolationCode.REPORTING_LOOP);
    c.put(new Case("a session ordinal given twice", edit(b, r -> {
      ObjectNode copy = (ObjectNode) r.at("/sessions/" + cstd28).deepCopy();
      copy.put("id", "cstd-28-again");
      set(r, "/sessions/" + r.get("sessions").size(), copy);
    })), ViolationCode.DUPLICATE_SESSION_ORDINAL);
    c.put(new Case("a session off its body's calendar", with(b, "/sessions/" + cstd28 + "/ordinal", 30)),
        ViolationCode.SESSION_OFF_CALENDAR);
    c.put(new Case("a session that ends before it starts", edit(b, r -> {
      String start = r.at("/sessions/" + cstd28 + "/start").textValue();
      set(r, "/sessions/" + cstd28 + "/end", NODES.textNode(start.substring(0, 5) + "01-01"));
    })), ViolationCode.SESSION_DATES_REVERSED);
    c.put(new Case("a session date outside its year", with(b, "/sessions/" + cstd28 + "/end", "2030-01-01")),
        ViolationCode.SESSION_DATES_OUTSIDE_YEAR);
    c.put(new Case("an event that ends before it starts", with(b, "/events/" + event + "/end", "1999-01-01")),
        ViolationCode.DATES_REVERSED);
    c.put(new Case("a review period that ends before it starts", with(b, "/reviewProcesses/0/periodEnd", 1)),
        ViolationCode.DATES_REVERSED);
    c.put(new Case("a deliverable due before its instrument's adoption",
        with(b, deliverable + "/due", "1999")), ViolationCode.DUE_BEFORE_ADOPTION);
    c.put(new Case("a deliverable due at a session off its route",
        with(b, deliverable + "/due", "session:itu-council-2026")),
        ViolationCode.DUE_SESSION_OFF_ROUTE);
    c.put(new Case("a due at a session the dataset does not hold",
        with(b, deliverable + "/due", "session:Cstd-99")),
        ViolationCode.UNRESOLVED_REFERENCE);
    c.put(
        new Case("a symbol outside its adopting body's grammar",
            with(b, "/instruments/" + gaRes + "/symbol", "E/RES/2015/1")),
        ViolationCode.SYMBOL_GRAMMAR_MISMATCH);
    c.put(
        new Case("an adoption date outside its meeting", with(b, "/instruments/" + tunis + "/adoptedOn", "2004-01-01")),
        ViolationCode.ADOPTED_OUTSIDE_MEETING);
    int eRes = indexOf(b, "instruments", "id", "e-res-2023-3");
    int outcome = indexOf(b, "instruments", "id", "a-res-80-173");
    int wsis10 = indexOf(b, "instruments", "id", "a-res-70-125");
    c.put(new Case("a revision of a later instrument", with(b, "/instruments/" + wsis10 + "/revises", "a-res-80-173")),
        ViolationCode.SUPERSESSION_NOT_EARLIER);
    c.put(new Case("a supersession of another body's instrument",
        with(b, "/instruments/" + outcome + "/supersedes", array("e-res-2023-3"))),
        ViolationCode.SUPERSESSION_ACROSS_BODIES);
    c.put(new Case("a mandate whose term ends before its adoption",
        with(b, "/instruments/" + eRes + "/mandates/0/until", "1999")), ViolationCode.UNTIL_BEFORE_ADOPTION);
    c.put(new Case("a fulfilment before its instrument's adoption",
        with(b, deliverable + "/fulfilments", node("[{\"title\":\"T\",\"date\":\"1999-01-01\"}]"))),
        ViolationCode.FULFILMENT_BEFORE_ADOPTION);
    c.put(new Case("a fulfilment dated outside its meeting",
        with(b, deliverable + "/fulfilments",
            node("[{\"title\":\"T\",\"date\":\"2025-05-01\",\"meeting\":\"cstd-28\"}]"))),
        ViolationCode.FULFILMENT_OUTSIDE_MEETING);
    c.put(new Case("a fulfilment at a session off the route",
        with(b, deliverable + "/fulfilments", node("[{\"title\":\"T\",\"meeting\":\"itu-pp-2026\"}]"))),
        ViolationCode.FULFILMENT_MEETING_OFF_ROUTE);
    c.put(new Case("a fulfilment at a meeting the dataset does not hold",
        with(b, deliverable + "/fulfilments", node("[{\"title\":\"T\",\"meeting\":\"no-such-meeting\"}]"))),
        ViolationCode.UNRESOLVED_REFERENCE);
    c.put(new Case("a member given twice", SMALL.replace("\"id\":\"p\",", "\"id\":\"p\",\"id\":\"q\",")),
        ViolationCode.DUPLICATE_MEMBER);
    c.put(new Case("an integer written 2000.0", SMALL.replace("\"year\":2000", "\"year\":2000.0")),
        ViolationCode.WRONG_TYPE);
    c.put(new Case("an integer written 2e3", SMALL.replace("\"year\":2000", "\"year\":2e3")), ViolationCode.WRONG_TYPE);
    c.put(new Case("a document over the reader's size limit",
        SMALL.replace("{\"schemaVersion\"",
            "{" + repeat(" ", ReadLimits.forDatasets().getMaxDocumentBytes()) + "\"schemaVersion\"")),
        ViolationCode.LIMIT_EXCEEDED);
    return c;
  }

  // ---- the tests ----

  @Test
  void validDocuments_areValidToBoth() throws IOException {
    List<Case> cases = valid();
    assertThat(cases).hasSizeGreaterThan(200);
    for (Case c : cases) {
      assertThat(sdkReport(c.json)).as("SDK on %s", c).isEmpty();
      assertThat(schemaErrors(c.json)).as("schema on %s", c).isEmpty();
    }
  }

  @Test
  void invalidDocuments_areInvalidToBoth() {
    List<Case> cases = invalid();
    assertThat(cases).hasSizeGreaterThan(200);
    for (Case c : cases) {
      assertThat(sdkValidInShape(c.json)).as("SDK on %s: %s", c, sdkReport(c.json)).isFalse();
      assertThat(schemaValid(c.json)).as("schema on %s: %s", c, sdkReport(c.json)).isFalse();
    }
  }

  @Test
  void rulesTheSchemaCannotExpress_disagreeAsListed() {
    Map<Case, ViolationCode> cases = expectedDisagreements();
    for (Map.Entry<Case, ViolationCode> e : cases.entrySet()) {
      Case c = e.getKey();
      assertThat(sdkErrors(c.json)).as("SDK on %s: %s", c, sdkReport(c.json)).contains(e.getValue());
      assertThat(schemaErrors(c.json)).as("schema on %s", c).isEmpty();
    }
    Set<ViolationCode> listed = EnumSet.noneOf(ViolationCode.class);
    listed.addAll(cases.values());
    assertThat(listed).as("a case for every rule only the SDK checks").containsAll(SDK_ONLY);
  }

  /**
   * Random values put into the small dataset: the schema accepts a value exactly when the SDK
   * refuses nothing but rules of {@link #SDK_ONLY}.
   */
  @Test
  void generatedValues_agree() {
    Random random = new Random(20261129L);
    List<String> disagreements = new ArrayList<>();
    int[] counted = new int[1];
    generate("/instruments/0/symbol", () -> symbol(random), disagreements, counted);
    generate(DELIVERABLE + "/due", () -> due(random), disagreements, counted);
    generate("/events/0/start", () -> date(random), disagreements, counted);
    generate("/principles/0/id", () -> word(random, "az09._:+-AZ/ \n\u00E9", random.nextBoolean() ? 3 : 130),
        disagreements, counted);
    generate("/bodies/0/name", () -> word(random, " a\t\u00A0\u2028\u3000\u0085\u0007\uFEFF\u200B\u001C", 4),
        disagreements, counted);
    assertThat(disagreements).as("%d disagreements", disagreements.size()).isEmpty();
    assertThat(counted[0]).isGreaterThan(2000);
  }

  /**
   * Mutations of the bundled dataset, drawn by QuickTheories: at any member or list item of any
   * entity, a value from a pool of every JSON type and the values near the rules' edges, the value
   * removed, or an unknown member beside it. The schema accepts a mutation exactly when the SDK
   * refuses nothing but rules of {@link #SDK_ONLY}.
   */
  @Test
  void mutationsOfTheBundledDataset_agree() {
    List<String> pointers = new ArrayList<>();
    collectPointers(tree(BUNDLED_JSON), "", pointers);
    List<JsonNode> pool = mutationPool();
    List<String> disagreements = new ArrayList<>();
    int[] counted = new int[2];
    qt().withFixedSeed(20261129L).withExamples(400)
        .forAll(integers().between(0, pointers.size() - 1), integers().between(0, 9),
            integers().between(0, pool.size() - 1))
        .checkAssert((at, kind, value) -> {
          String pointer = pointers.get(at);
          String json = edit(BUNDLED_JSON, root -> {
            if (kind == 0) {
              set(root, pointer, null);
            } else if (kind == 1 && root.at(pointer) instanceof ObjectNode) {
              ((ObjectNode) root.at(pointer)).put("unknownMember", "x");
            } else {
              set(root, pointer, pool.get(value).deepCopy());
            }
          });
          boolean sdk = sdkValidInShape(json);
          boolean schema = schemaValid(json);
          counted[0]++;
          counted[1] += sdk ? 1 : 0;
          if (schema != sdk) {
            disagreements.add(pointer + " (" + (kind == 0 ? "removed" : kind == 1 ? "unknown member" : pool.get(value))
                + "): schema " + schema + ", SDK " + sdk + " (" + sdkReport(json) + ")");
          }
        });
    assertThat(disagreements).as("%d disagreements", disagreements.size()).isEmpty();
    assertThat(counted[1]).as("mutations the SDK accepts, of %d", counted[0]).isBetween(40, counted[0] - 40);
  }

  private static void collectPointers(JsonNode node, String at, List<String> pointers) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String p = at + "/" + member.getKey();
        pointers.add(p);
        collectPointers(member.getValue(), p, pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = at + "/" + i;
        pointers.add(p);
        collectPointers(node.get(i), p, pointers);
      }
    }
  }

  /** Values of every JSON type, and the values at and past the edges of the rules. */
  private static List<JsonNode> mutationPool() {
    List<JsonNode> pool = new ArrayList<>();
    for (String text : List.of("", " ", "x", "X", "a b", "cstd", "itu-sg", "no-such-id", "2025", "2025-06",
        "2025-06-31",
        "2024-02-29", "2023-02-29", "0000", "session:cstd-28", "session:nowhere", "A/RES/70/125", "E/RES/2023/3",
        "C1", "C12", "LEAD", "OTHER", "REPORT", "RESOLUTION", "REQUESTS", "GENERAL_ASSEMBLY", "1.0", repeat("n", 41),
        repeat("n", 201), repeat("n", 301), repeat("n", 501), repeat("n", 1001), repeat("n", 2001))) {
      pool.add(NODES.textNode(text));
    }
    for (long number : new long[] {0, 1, 2, 10, 11, 2025, 9999, 10_000, -1, Integer.MAX_VALUE + 1L}) {
      pool.add(NODES.numberNode(number));
    }
    pool.add(NODES.numberNode(2025.5));
    pool.add(NODES.booleanNode(true));
    pool.add(NODES.booleanNode(false));
    pool.add(NODES.nullNode());
    pool.add(array());
    pool.add(array("cstd"));
    pool.add(array((Object) null));
    pool.add(NODES.objectNode());
    pool.add(node("{\"citation\":\"c\"}"));
    return pool;
  }

  private static void generate(String pointer, Supplier<String> values, List<String> disagreements, int[] counted) {
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 700; i++) {
      seen.add(values.get());
    }
    for (String value : seen) {
      String json = small(pointer, value);
      boolean sdk = sdkValidInShape(json);
      boolean schema = schemaValid(json);
      counted[0]++;
      if (schema != sdk) {
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

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  /** A symbol of every grammar, bent one to three times near the edges of the grammar. */
  private static String symbol(Random random) {
    StringBuilder s = new StringBuilder(SYMBOLS.get(random.nextInt(SYMBOLS.size())));
    int changes = random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(5)) {
        case 0 :
          s.insert(at, pick(random, " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u3000", "-", "\u2011", "\u2014", ".",
              "/", "0", "9", "x", "\u200B", "\u0085", "\u000B", "(", ",", "Rev", "Mod ", "Rev. ", "Modified "));
          break;
        case 1 :
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
          break;
        case 2 :
          if (at < s.length()) {
            char ch = s.charAt(at);
            s.setCharAt(at, Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
          }
          break;
        case 3 :
          if (at < s.length() && Character.isDigit(s.charAt(at))) {
            s.setCharAt(at, (char) ('0' + random.nextInt(10)));
          }
          break;
        default :
          if (at < s.length()) {
            s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(4))));
          }
      }
    }
    return s.toString();
  }

  private static String date(Random random) {
    return pick(random, "2024", "2023", "2000", "1900", "0000", "9999", "202", "20245") + "-"
        + pick(random, "00", "01", "02", "04", "09", "11", "12", "13", "1") + "-"
        + pick(random, "00", "01", "28", "29", "30", "31", "32", "1")
        + (random.nextInt(10) == 0 ? pick(random, " ", "\n", "T", "Z") : "");
  }

  private static String due(Random random) {
    String year = pick(random, "2024", "2023", "2000", "2100", "1900", "0000", "0001", "0004", "9999", "202", "20245");
    String month = pick(random, "00", "01", "02", "04", "12", "13", "1");
    String day = pick(random, "00", "01", "28", "29", "30", "31", "1");
    switch (random.nextInt(5)) {
      case 0 :
        return year;
      case 1 :
        return year + "-" + month;
      case 2 :
        return year + "-" + month + "-" + day;
      case 3 :
        return pick(random, "session:", "Session:", "session", "session::") + word(random, "aZ09._:+-/ ", 6);
      default :
        return year + "-" + month + "-" + day + pick(random, " ", "\n", "-", "T00");
    }
  }

  // ---- the schema's lists and patterns are the model's ----

  @Test
  void codeLists_areTheModelsEnums() throws IOException {
    JsonNode defs = MAPPER.readTree(JsonSchemas.dataset()).get("$defs");
    assertThat(codes(defs.at("/body/properties/kind/enum"))).isEqualTo(names(BodyKind.values()));
    assertThat(codes(defs.at("/body/properties/symbolIssuer/enum"))).isEqualTo(names(Issuer.values()));
    assertThat(codes(defs.at("/instrument/properties/kind/enum"))).isEqualTo(names(InstrumentKind.values()));
    assertThat(codes(defs.at("/mandate/properties/verb/enum"))).isEqualTo(names(MandateVerb.values()));
    assertThat(codes(defs.at("/deliverable/properties/kind/enum"))).isEqualTo(names(DeliverableKind.values()));
    assertThat(codes(defs.at("/facilitation/properties/role/enum"))).isEqualTo(names(Facilitation.Role.values()));
    assertThat(codes(defs.at("/facilitation/properties/actionLine/enum")))
        .isEqualTo(Arrays.stream(ActionLine.values()).map(ActionLine::getCode).collect(Collectors.toList()));
  }

  private static List<String> codes(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).filter(n -> !n.isNull()).map(JsonNode::textValue)
        .collect(Collectors.toList());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }

  @Test
  void idPattern_isTheModelsEntityIdPattern() throws IOException {
    JsonNode id = MAPPER.readTree(JsonSchemas.dataset()).at("/$defs/id");
    assertThat(id.get("pattern").textValue())
        .isEqualTo("^" + EntityId.class.getAnnotation(Pattern.class).regexp() + "$");
  }

  @Test
  void textAndTokenClasses_areTheContributionSchemas() throws IOException {
    JsonNode dataset = MAPPER.readTree(JsonSchemas.dataset()).get("$defs");
    JsonNode contribution = MAPPER.readTree(JsonSchemas.contribution()).get("$defs");
    assertThat(dataset.get("text")).isEqualTo(contribution.get("text"));
    assertThat(dataset.get("token")).isEqualTo(contribution.get("token"));
  }

  @Test
  void schemaText_isLoadedOnce_andIsTheDraft202012Schema() throws IOException {
    assertThat(JsonSchemas.dataset()).isSameAs(JsonSchemas.dataset());
    JsonNode schema = MAPPER.readTree(JsonSchemas.dataset());
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").textValue()).isEqualTo(JsonSchemas.DATASET_ID);
    assertThat(schema.at("/properties/schemaVersion/const").textValue())
        .isEqualTo(tree(BUNDLED_JSON).get("schemaVersion").textValue());
  }
}
