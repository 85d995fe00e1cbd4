package io.github.wsis20.spring.boot.it;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A review secretariat's service as a user writes it: the starter, and a controller. */
@SpringBootApplication
public class ReviewApplication {

  /** The controller: nothing of the SDK's beyond its types. */
  @RestController
  static class Contributions {
    @PostMapping(path = "/contributions", consumes = {"application/json", "application/yaml"})
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody Contribution contribution) {
      return ResponseEntity.created(URI.create("/contributions/" + contribution.getId()))
          .body(Map.of("id", contribution.getId()));
    }

    @PostMapping(path = "/contributions/batch", consumes = "application/x-ndjson")
    Map<String, Object> createAll(@RequestBody List<Contribution> contributions) {
      return Map.of("count", contributions.size());
    }

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
