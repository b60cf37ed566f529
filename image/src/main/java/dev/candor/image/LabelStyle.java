package dev.candor.image;

/** What a visible label says, modelled on the EU icon set for labelling AI content. */
public enum LabelStyle {
  /** The basic compact badge: a rounded rectangle with the mark ("AI", "KI", "IA", ...). */
  AI_MARK,
  /** The badge plus the second-layer text "AI-generated" in the label's language. */
  AI_GENERATED,
  /** The badge plus the second-layer text "AI-modified" in the label's language. */
  AI_MODIFIED
}
