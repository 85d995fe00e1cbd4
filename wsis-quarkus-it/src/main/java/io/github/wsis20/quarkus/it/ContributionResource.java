package io.github.wsis20.quarkus.it;

import io.github.wsis20.model.contribution.Contribution;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** {@code POST /contributions}: the endpoint of the example service, in Quarkus REST. */
@Path("/contributions")
public class ContributionResource {
  /**
   * Accepts a contribution that the SDK read as valid, and that Quarkus's validator checked again.
   *
   * @param contribution the contribution
   * @return 201 with its id
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid Contribution contribution) {
    return Response.created(URI.create("/contributions/" + contribution.getId()))
        .type(MediaType.APPLICATION_JSON).entity(Map.of("id", contribution.getId())).build();
  }
}
