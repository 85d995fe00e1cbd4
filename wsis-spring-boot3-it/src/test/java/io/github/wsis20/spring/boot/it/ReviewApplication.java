package io.github.wsis20.spring.boot.it;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A review secretariat's service as a user writes it: the starter, and a controller ({@link Contributions}). */
@SpringBootApplication
public class ReviewApplication {

  /** What the service gives back: a contribution, written by the starter's converter. */
  @RestController
  static class Examples {
    @GetMapping("/contributions/example")
    Contribution example() {
      return Samples.contractExample();
    }
  }

  /** A bean that stores what it is given, validated by Spring's method validation. */
  @Service
  @Validated
  public static class Archive {
    /**
     * Takes a contribution, once Spring's validator has checked it.
     *
     * @param contribution a contribution
     * @return its id
     */
    public String store(@Valid Contribution contribution) {
      return contribution.getId();
    }
  }
}
