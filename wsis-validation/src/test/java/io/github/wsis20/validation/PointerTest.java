package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerTest {
  @Test
  void parent_ofAMemberIsItsObject_andTheRootHasNone() {
    assertThat(Pointer.parse("/attachments/0/uri").parent()).contains(Pointer.parse("/attachments/0"));
    assertThat(Pointer.parse("/title").parent()).contains(Pointer.root());
    assertThat(Pointer.root().parent()).isEmpty();
  }

  @Test
  void startsWith_comparesWholeTokens() {
    Pointer p = Pointer.parse("/contributor/name");
    assertThat(p.startsWith(Pointer.parse("/contributor"))).isTrue();
    assertThat(p.startsWith(p)).isTrue();
    assertThat(p.startsWith(Pointer.root())).isTrue();
    assertThat(p.startsWith(Pointer.parse("/contrib"))).isFalse();
    assertThat(Pointer.parse("/contributor").startsWith(p)).isFalse();
  }

  @Test
  void tokens_areUnescaped() {
    assertThat(Pointer.root().member("a/b").member("c~d").index(3).tokens()).containsExactly("a/b", "c~d", "3");
    assertThat(Pointer.root().tokens()).isEmpty();
  }
}
