package dev.candor.image.internal.label;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;

/**
 * Draws a badge: a soft drop shadow, a translucent rounded rectangle with a hairline outline (so it
 * separates from busy backgrounds), the mark in an inverted chip, and the second-layer text.
 */
public final class BadgePainter {

  private static final Color SHADOW = new Color(0, 0, 0, 90);

  private BadgePainter() {}

  /** Paints the badge described by {@code layout} in {@code variant} onto {@code target}. */
  public static void paint(BufferedImage target, BadgeLayout layout, BadgeVariant variant) {
    BufferedImage layer = renderLayer(layout, variant);
    int pad = layout.shadowPad();
    Graphics2D g = target.createGraphics();
    try {
      g.setComposite(AlphaComposite.SrcOver);
      g.drawImage(layer, layout.x - pad, layout.y - pad, null);
    } finally {
      g.dispose();
    }
  }

  /** The badge and its shadow on a transparent ARGB layer, badge origin at (pad, pad). */
  static BufferedImage renderLayer(BadgeLayout layout, BadgeVariant variant) {
    int pad = layout.shadowPad();
    int w = layout.width + 2 * pad;
    int h = layout.height + 2 * pad;
    BufferedImage shadow = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D sg = quality(shadow.createGraphics());
    try {
      sg.setColor(SHADOW);
      sg.fill(badge(layout, pad, pad + layout.shadowOffset));
    } finally {
      sg.dispose();
    }
    BufferedImage layer = blur(shadow, layout.shadowBlur);

    Graphics2D g = quality(layer.createGraphics());
    try {
      // Clear the shadow under the badge so a translucent fill shows the image, not the shadow.
      RoundRectangle2D body = badge(layout, pad, pad);
      g.setComposite(AlphaComposite.Clear);
      g.fill(body);
      g.setComposite(AlphaComposite.SrcOver);
      g.setColor(variant.fill());
      g.fill(body);
      float hairline = (float) Math.max(1.0, layout.height / 40.0);
      g.setStroke(new BasicStroke(hairline));
      g.setColor(variant.outline());
      double inset = hairline / 2.0;
      g.draw(
          new RoundRectangle2D.Double(
              pad + inset,
              pad + inset,
              layout.width - 2 * inset,
              layout.height - 2 * inset,
              2 * layout.radius - hairline,
              2 * layout.radius - hairline));

      Rectangle2D chip = layout.chip;
      Color markInk = variant.ink();
      if (layout.hasLabel()) {
        BadgeVariant chipVariant = variant.inverse();
        g.setColor(opaque(chipVariant.fill()));
        g.fill(
            new RoundRectangle2D.Double(
                pad + chip.getX(),
                pad + chip.getY(),
                chip.getWidth(),
                chip.getHeight(),
                2 * layout.chipRadius,
                2 * layout.chipRadius));
        markInk = chipVariant.ink();
      }
      drawCentred(
          g,
          layout.markFont,
          layout.mark,
          markInk,
          pad + chip.getCenterX(),
          pad + chip.getCenterY());
      if (layout.hasLabel()) {
        drawLeftAligned(
            g,
            layout.labelFont,
            layout.label,
            variant.ink(),
            pad + layout.labelX,
            pad + layout.height / 2.0);
      }
    } finally {
      g.dispose();
    }
    return layer;
  }

  private static RoundRectangle2D badge(BadgeLayout layout, double x, double y) {
    return new RoundRectangle2D.Double(
        x, y, layout.width, layout.height, 2 * layout.radius, 2 * layout.radius);
  }

  /** Text centred on its own ink box: caps-only marks sit optically in the middle. */
  private static void drawCentred(
      Graphics2D g, Font font, String text, Color ink, double cx, double cy) {
    GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), text);
    Rectangle2D ink2 = gv.getVisualBounds();
    g.setColor(ink);
    g.drawGlyphVector(
        gv,
        (float) (cx - ink2.getX() - ink2.getWidth() / 2),
        (float) (cy - ink2.getY() - ink2.getHeight() / 2));
  }

  /** Text whose capital height is centred on {@code cy}, as UI toolkits align labels. */
  private static void drawLeftAligned(
      Graphics2D g, Font font, String text, Color ink, double x, double cy) {
    double capHeight =
        font.createGlyphVector(g.getFontRenderContext(), "H").getVisualBounds().getHeight();
    g.setColor(ink);
    g.drawGlyphVector(
        font.createGlyphVector(g.getFontRenderContext(), text),
        (float) x,
        (float) (cy + capHeight / 2));
  }

  private static Color opaque(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue());
  }

  private static Graphics2D quality(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  /** A separable Gaussian blur of radius about {@code sigma * 3}; edges stay transparent. */
  private static BufferedImage blur(BufferedImage src, int sigma) {
    int radius = 3 * sigma;
    int size = 2 * radius + 1;
    float[] weights = new float[size];
    float sum = 0;
    for (int i = 0; i < size; i++) {
      int d = i - radius;
      weights[i] = (float) Math.exp(-(d * d) / (2.0 * sigma * sigma));
      sum += weights[i];
    }
    for (int i = 0; i < size; i++) {
      weights[i] /= sum;
    }
    ConvolveOp horizontal =
        new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_ZERO_FILL, null);
    ConvolveOp vertical =
        new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_ZERO_FILL, null);
    BufferedImage once = horizontal.filter(src, null);
    return vertical.filter(once, null);
  }
}
