package dev.candor.image;

/** The image corner a visible label sits in. The EU icon guidance suggests top right. */
public enum Corner {
  TOP_LEFT,
  TOP_RIGHT,
  BOTTOM_LEFT,
  BOTTOM_RIGHT
}
