/**
 * Validation of WSIS+20 contributions and datasets, with reports in the six UN languages.
 */
module io.github.wsis20.validation {
  requires transitive io.github.wsis20.model;
  requires java.logging;
  requires org.hibernate.validator;

  exports io.github.wsis20.validation;
}
