package io.github.wsis20.model;

import io.github.wsis20.model.constraints.EntityId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a deliverable travels: from its author, through intermediaries in order, to its recipients.
 * The CSTD's report goes through ECOSOC to the General Assembly; the ITU Secretary-General's report
 * goes through the Council Working Group on WSIS and SDGs to the Council.
 */
@Value.Immutable
public abstract class Route implements WithRoute {

  Route() {}

  /**
   * Who writes the deliverable.
   *
   * @return the author body's id
   */
  @NotNull
  @EntityId
  public abstract String getAuthor();

  /**
   * The bodies it passes through, in order.
   *
   * @return their ids, possibly none
   */
  public abstract List<@EntityId String> getThrough();

  /**
   * The bodies it is addressed to.
   *
   * @return their ids: at least one
   */
  @NotEmpty
  public abstract List<@EntityId String> getTo();

  /**
   * Every body on the route: the author, the intermediaries and the recipients, in that order.
   *
   * @return the ids
   */
  public List<String> bodies() {
    return java.util.stream.Stream.of(List.of(getAuthor()), getThrough(), getTo())
        .flatMap(List::stream)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * A route straight from an author to recipients.
   *
   * @param author the author's id
   * @param to the recipients' ids
   * @return the route
   */
  public static Route direct(String author, String... to) {
    return builder().author(author).addTo(to).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Route}. */
  public static final class Builder extends ImmutableRoute.Builder {
    Builder() {}
  }
}
