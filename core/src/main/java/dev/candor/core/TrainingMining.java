package dev.candor.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CAWG training-and-data-mining assertion ({@code cawg.training-mining}, CAWG 1.1): whether the
 * content may be used for AI training, generative training, inference and data mining.
 */
public final class TrainingMining {
  /** The assertion label. */
  public static final String LABEL = "cawg.training-mining";

  /** A permission. */
  public enum Use {
    /** Allowed. */
    ALLOWED("allowed"),
    /** Not allowed. */
    NOT_ALLOWED("notAllowed"),
    /** Allowed under constraints given in {@code constraint_info}. */
    CONSTRAINED("constrained");

    private final String value;

    Use(String value) {
      this.value = value;
    }

    /** The stored value. */
    public String value() {
      return value;
    }
  }

  private final Map<String, Use> entries;

  private TrainingMining(Map<String, Use> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** Everything not allowed: the usual choice for generated content whose rights are reserved. */
  public static TrainingMining allNotAllowed() {
    return of(Use.NOT_ALLOWED, Use.NOT_ALLOWED, Use.NOT_ALLOWED, Use.NOT_ALLOWED);
  }

  /** Explicit permissions for the four CAWG uses. */
  public static TrainingMining of(Use dataMining, Use aiInference, Use aiTraining, Use aiGenerativeTraining) {
    Map<String, Use> m = new LinkedHashMap<>();
    m.put("cawg.data_mining", Objects.requireNonNull(dataMining));
    m.put("cawg.ai_inference", Objects.requireNonNull(aiInference));
    m.put("cawg.ai_training", Objects.requireNonNull(aiTraining));
    m.put("cawg.ai_generative_training", Objects.requireNonNull(aiGenerativeTraining));
    return new TrainingMining(m);
  }

  /** The entries. */
  public Map<String, Use> entries() {
    return entries;
  }

  /** The assertion to add to a manifest (listed as gathered, as c2pa-rs does). */
  public Assertion toAssertion() {
    Map<String, Object> e = new LinkedHashMap<>();
    for (String k : new String[] {"cawg.data_mining", "cawg.ai_inference", "cawg.ai_training", "cawg.ai_generative_training"}) {
      Use u = entries.get(k);
      if (u != null) {
        e.put(k, Map.of("use", u.value()));
      }
    }
    return Assertion.cbor(LABEL, Map.of("entries", e)).gathered();
  }
}
