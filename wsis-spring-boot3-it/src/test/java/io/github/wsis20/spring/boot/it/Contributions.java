package io.github.wsis20.spring.boot.it;

import io.github.wsis20.model.contribution.Contribution;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// spring-boot:begin
@RestController
class Contributions {
  // Only a valid contribution gets here: any other body was answered 422 with every problem.
  @PostMapping(path = "/contributions", consumes = {"application/json", "application/yaml"})
  ResponseEntity<Map<String, String>> create(@Valid @RequestBody Contribution contribution) {
    return ResponseEntity.created(URI.create("/contributions/" + contribution.getId()))
        .body(Map.of("id", contribution.getId()));
  }

  // One contribution per line; the list is refused whole if any record is not valid.
  @PostMapping(path = "/contributions/batch", consumes = "application/x-ndjson")
  Map<String, Object> createAll(@RequestBody List<Contribution> contributions) {
    return Map.of("count", contributions.size());
  }
}
// spring-boot:end
