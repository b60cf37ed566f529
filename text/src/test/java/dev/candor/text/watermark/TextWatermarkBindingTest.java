package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextWatermarkBindingTest {
  private static final TextWatermarkKey KEY = ToyModel.key(4);

  @Test
  void toMap_kgw_carriesAlgorithmKeyIdAndParameters() {
    Map<String, Object> map =
        TextWatermarkBinding.of(KEY, TextWatermarkParameters.KGW_DEFAULT, "candor.byte").toMap();
    assertEquals("dev.candor.textwm.kgw.1", map.get("alg"));
    Map<?, ?> block = (Map<?, ?>) ((List<?>) map.get("blocks")).get(0);
    assertArrayEquals(HexFormat.of().parseHex(KEY.keyId()), (byte[]) block.get("value"));
    Map<?, ?> params = (Map<?, ?>) map.get("alg-params");
    assertEquals(0.25, params.get("gamma"));
    assertEquals(2.0, params.get("delta"));
    assertEquals(1, params.get("contextWidth"));
    assertEquals("left", params.get("contextHash"));
    assertEquals(KEY.keyId(), params.get("keyId"));
  }

  @Test
  void toMap_minSelfHash_namesIt() {
    Map<String, Object> map =
        TextWatermarkBinding.of(KEY, TextWatermarkParameters.KGW_MIN_SELF_HASH, "candor.word")
            .toMap();
    assertEquals("min-self", ((Map<?, ?>) map.get("alg-params")).get("contextHash"));
  }

  @Test
  void toMap_gumbel_hasNoGammaOrDelta() {
    Map<String, Object> map =
        TextWatermarkBinding.of(KEY, TextWatermarkParameters.GUMBEL_DEFAULT, "candor.byte").toMap();
    assertEquals("dev.candor.textwm.gumbel.1", map.get("alg"));
    assertFalse(((Map<?, ?>) map.get("alg-params")).containsKey("gamma"));
  }

  @Test
  void new_malformedKeyId_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TextWatermarkBinding(TextWatermarkParameters.KGW_DEFAULT, "XYZ", "candor.byte"));
  }
}
