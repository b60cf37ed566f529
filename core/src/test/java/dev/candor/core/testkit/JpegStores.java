package dev.candor.core.testkit;

import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only reader of C2PA APP11 segments in JPEG, so core's validator can be exercised on the
 * fixtures without the image module. Reading only; planEmbedding is not supported.
 */
public final class JpegStores implements AssetFormat {
  @Override
  public String mediaType() {
    return "image/jpeg";
  }

  @Override
  public boolean recognizes(byte[] head) {
    return head.length > 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
  }

  @Override
  public List<EmbeddedStore> findStores(AssetSource s) throws IOException {
    byte[] b = s.read(0, (int) s.size());
    ByteArrayOutputStream store = new ByteArrayOutputStream();
    List<ByteRange> framing = new ArrayList<>();
    int p = 2;
    while (p + 4 <= b.length) {
      int marker = b[p + 1] & 0xFF;
      if ((b[p] & 0xFF) != 0xFF || marker == 0xDA) {
        break;
      }
      int len = ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
      if (marker == 0xEB && b[p + 4] == 'J' && b[p + 5] == 'P') {
        int z = ((b[p + 8] & 0xFF) << 24) | ((b[p + 9] & 0xFF) << 16) | ((b[p + 10] & 0xFF) << 8) | (b[p + 11] & 0xFF);
        int contentStart = p + 12;
        int end = p + 2 + len;
        if (z == 1) {
          String t = new String(b, contentStart + 16, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
          if (t.equals("c2pa")) {
            store.write(b, contentStart, end - contentStart);
            framing.add(new ByteRange(p, len + 2));
          }
        } else if (!framing.isEmpty()) {
          store.write(b, contentStart + 8, end - contentStart - 8);
          framing.add(new ByteRange(p, len + 2));
        }
      }
      p += 2 + len;
    }
    return framing.isEmpty() ? List.of() : List.of(new EmbeddedStore(store.toByteArray(), framing));
  }

  @Override
  public EmbedPlan planEmbedding(AssetSource source) {
    throw new UnsupportedOperationException("test reader only");
  }
}
