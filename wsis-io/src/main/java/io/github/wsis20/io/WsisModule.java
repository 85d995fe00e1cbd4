package io.github.wsis20.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.wsis20.io.internal.ModuleBinding;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;

/**
 * Binds the contribution model for an application's own Jackson {@code ObjectMapper}: serializers
 * and deserializers for {@link Contribution}, {@link Stakeholder}, {@link Attachment}, and the
 * codes of {@link ContributionStatus}, {@link StakeholderGroup}, {@link ActionLine} (its wire code,
 * {@code "C7.e-agriculture"}) and {@link Sdg} (its number).
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
 * missing required member, an unknown code or a date-time that is not RFC 3339 makes it throw a
 * {@code MismatchedInputException} naming the first problem's code and JSON Pointer. It does
 * not run the contract's rules and does not collect every problem: for payloads from others, use
 * {@link ContributionReader}, which reports all of them and never throws.
 */
public final class WsisModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; registers every serializer and deserializer. */
  public WsisModule() {
    super("io.github.wsis20.io.WsisModule", Version.unknownVersion());
    addSerializer(new ModuleBinding.ContributionSerializer());
    addSerializer(new ModuleBinding.StakeholderSerializer());
    addSerializer(new ModuleBinding.AttachmentSerializer());
    addSerializer(new ModuleBinding.ActionLineSerializer());
    addSerializer(new ModuleBinding.SdgSerializer());
    addDeserializer(Contribution.class, new ModuleBinding.ContributionDeserializer());
    addDeserializer(Stakeholder.class, new ModuleBinding.StakeholderDeserializer());
    addDeserializer(Attachment.class, new ModuleBinding.AttachmentDeserializer());
    addDeserializer(ContributionStatus.class, new ModuleBinding.StatusDeserializer());
    addDeserializer(StakeholderGroup.class, new ModuleBinding.StakeholderGroupDeserializer());
    addDeserializer(ActionLine.class, new ModuleBinding.ActionLineDeserializer());
    addDeserializer(Sdg.class, new ModuleBinding.SdgDeserializer());
  }
}
