package dev.candor.text.internal;

import dev.candor.core.asset.StoreFraming;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The padded text wrapper as a {@link StoreFraming}: its length depends on the store length only.
 */
public final class WrapperFraming implements StoreFraming {

  /** The one instance; stateless. */
  public static final WrapperFraming INSTANCE = new WrapperFraming();

  private WrapperFraming() {}

  @Override
  public long framedLength(int storeLength) {
    return TextWrapper.paddedLength(storeLength);
  }

  @Override
  public void write(byte[] store, OutputStream out) throws IOException {
    out.write(TextWrapper.encodePadded(store).getBytes(StandardCharsets.UTF_8));
  }
}
