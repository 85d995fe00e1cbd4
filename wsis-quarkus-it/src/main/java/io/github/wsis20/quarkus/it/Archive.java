package io.github.wsis20.quarkus.it;

import io.github.wsis20.model.contribution.Contribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

/** A bean that stores what it is given, validated by Quarkus's method validation. */
@ApplicationScoped
public class Archive {
  /**
   * Takes a contribution, once Quarkus's validator has checked it.
   *
   * @param contribution a contribution
   * @return its id
   */
  public String store(@Valid Contribution contribution) {
    return contribution.getId();
  }
}
