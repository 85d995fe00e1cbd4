package io.github.wsis20.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.wsis20.io.internal.ModuleBinding;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Binds the contribution model for an application's own Jackson {@code ObjectMapper}: serializers
 * and deserializers for {@code Contribution}, {@code Stakeholder}, {@code Attachment}, and the
 * codes of {@code ContributionStatus}, {@code StakeholderGroup}, {@code ActionLine} (its wire code,
 * {@code "C7.e-agriculture"}) and {@code Sdg} (its number).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new WsisModule());
 * // or, through META-INF/services: new ObjectMapper().findAndRegisterModules()
 * String json = mapper.writeValueAsString(contribution);
 * Contribution back = mapper.readValue(json, Contribution.class);
 * }</pre>
 *
 * <p>Writing gives the canonical form that {@link ContributionWriter} gives. Reading is as strict
 * as {@link ContributionReader}'s: an unknown or repeated member, a value of the wrong type, a
 * missing required member, an unknown code or a date-time that is not RFC 3339 makes it throw one
 * {@link InvalidPayloadException} (a {@code MismatchedInputException}) at the end of the value,
 * carrying every such problem of the value in its {@link InvalidPayloadException#getReport()
 * report}. It does not run the contract's rules: for payloads from others, use
 * {@link ContributionReader}, which runs them too and never throws.
 */
public final class WsisModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with reports in English; registers every serializer and deserializer. */
  public WsisModule() {
    this(Locale.ENGLISH);
  }

  /**
   * The module, with reports in a language.
   *
   * @param locale the language of the reports' messages (English when not a UN language)
   */
  public WsisModule(Locale locale) {
    super("io.github.wsis20.io.WsisModule", VERSION);
    ModuleBinding.register(this, locale, InvalidPayloadException::new);
  }

  /** The SDK's version, which the build writes into the jar. */
  private static final Version VERSION = sdkVersion();

  private static Version sdkVersion() {
    Properties properties = new Properties();
    try (InputStream in = WsisModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "io.github.wsis20", "wsis-io");
  }
}
