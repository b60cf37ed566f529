package dev.candor.core.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedPlanTest {
  private static final StoreFraming BARE =
      new StoreFraming() {
        @Override
        public long framedLength(int storeLength) {
          return storeLength;
        }

        @Override
        public void write(byte[] store, OutputStream out) {}
      };

  @Test
  void resolve_derivedPieces_becomeInsertsForThatLength() {
    EmbedPlan plan =
        EmbedPlan.builder("image/webp")
            .derived(n -> new byte[] {(byte) n})
            .copy(0, 10)
            .slot(BARE)
            .derived(n -> new byte[n & 1])
            .build();
    List<EmbedPlan.Piece> odd = plan.resolve(7);
    assertEquals(4, odd.size());
    assertArrayEquals(new byte[] {7}, assertInstanceOf(EmbedPlan.Insert.class, odd.get(0)).bytes());
    assertInstanceOf(EmbedPlan.Slot.class, odd.get(2));
    assertArrayEquals(new byte[] {0}, assertInstanceOf(EmbedPlan.Insert.class, odd.get(3)).bytes());
    assertEquals(3, plan.resolve(8).size()); // empty derived bytes are dropped
    assertEquals(4, plan.pieces().size());
  }

  @Test
  void resolve_negativeLength_refused() {
    EmbedPlan plan = EmbedPlan.builder("image/png").slot(BARE).build();
    assertThrows(IllegalArgumentException.class, () -> plan.resolve(-1));
  }
}
