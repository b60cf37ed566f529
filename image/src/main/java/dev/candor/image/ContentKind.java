package dev.candor.image;

import dev.candor.core.DigitalSourceType;

/** What the AI did to an image; decides the actions and the IPTC digital source type written. */
public enum ContentKind {
  /**
   * Generated from scratch: {@code c2pa.created} with {@code trainedAlgorithmicMedia}, the model as
   * software agent.
   */
  GENERATED(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA),
  /**
   * An existing image edited with AI (inpainting, outpainting): {@code c2pa.opened} on the input as
   * parent ingredient, then {@code c2pa.edited} with {@code compositeWithTrainedAlgorithmicMedia}.
   */
  EDITED(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);

  private final DigitalSourceType sourceType;

  ContentKind(DigitalSourceType sourceType) {
    this.sourceType = sourceType;
  }

  /** The IPTC digital source type written for this kind. */
  public DigitalSourceType sourceType() {
    return sourceType;
  }
}
