package dev.candor.core;

import dev.candor.core.internal.write.StoreTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a new provenance record says, before it is signed: the claim generator, the title, the
 * actions (with the digital source type that marks AI-generated content), ingredients and further
 * assertions. Immutable; every check happens in {@link Builder#build()}.
 *
 * <pre>{@code
 * Manifest m = Manifest.builder()
 *     .title("cat.jpg")
 *     .action(Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
 *         .softwareAgent(GeneratorInfo.of("Example Diffusion", "3.1")).build())
 *     .build();
 * }</pre>
 */
public final class Manifest {
  private final GeneratorInfo claimGenerator;
  private final String title;
  private final List<Action> actions;
  private final List<Ingredient> ingredients;
  private final List<Assertion> assertions;

  // Built by Provenance on first use and shared by every store made from this manifest. Racy but
  // safe: the template is immutable and a function of the fields above, so threads that both
  // build one build equal ones.
  private volatile StoreTemplate storeTemplate;

  private Manifest(Builder b) {
    this.claimGenerator = b.claimGenerator;
    this.title = b.title;
    this.actions = List.copyOf(b.actions);
    this.ingredients = List.copyOf(b.ingredients);
    this.assertions = List.copyOf(b.assertions);
  }

  /** A builder with Candor as claim generator. */
  public static Builder builder() {
    return new Builder();
  }

  /** The claim generator. */
  public GeneratorInfo claimGenerator() {
    return claimGenerator;
  }

  /** The title, or {@code null}. */
  public String title() {
    return title;
  }

  /** The actions, in order; the first is {@code c2pa.created} or {@code c2pa.opened}. */
  public List<Action> actions() {
    return actions;
  }

  /** The ingredients. */
  public List<Ingredient> ingredients() {
    return ingredients;
  }

  /** Further assertions. */
  public List<Assertion> assertions() {
    return assertions;
  }

  /** The store template, built on first use (a failure is not remembered: the next call retries). */
  StoreTemplate storeTemplate() throws ProvenanceException {
    StoreTemplate t = storeTemplate;
    if (t == null) {
      t = StoreTemplate.of(Provenance.spec(this));
      storeTemplate = t;
    }
    return t;
  }

  /** The parent ingredient, if any. */
  public java.util.Optional<Ingredient> parent() {
    return ingredients.stream().filter(i -> i.relationship() == Relationship.PARENT_OF).findFirst();
  }

  /** Builds a {@link Manifest}. */
  public static final class Builder {
    private GeneratorInfo claimGenerator = GeneratorInfo.of("Candor", Version.VERSION);
    private String title;
    private final List<Action> actions = new ArrayList<>();
    private final List<Ingredient> ingredients = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();

    private Builder() {}

    /** Sets the claim generator (default: Candor and its version). */
    public Builder claimGenerator(GeneratorInfo g) {
      this.claimGenerator = Objects.requireNonNull(g, "claimGenerator");
      return this;
    }

    /** Sets {@code dc:title}. */
    public Builder title(String t) {
      this.title = t;
      return this;
    }

    /** Adds an action. */
    public Builder action(Action a) {
      actions.add(Objects.requireNonNull(a, "action"));
      return this;
    }

    /** Adds an ingredient. */
    public Builder ingredient(Ingredient i) {
      ingredients.add(Objects.requireNonNull(i, "ingredient"));
      return this;
    }

    /** Adds an assertion (user-defined, training-mining, soft binding, ...). */
    public Builder assertion(Assertion a) {
      assertions.add(Objects.requireNonNull(a, "assertion"));
      return this;
    }

    /**
     * The manifest.
     *
     * @throws IllegalArgumentException when the actions break C2PA's rules: none, first not
     *     created/opened, more than one created/opened, opened without a parent, or two parents
     */
    public Manifest build() {
      if (actions.isEmpty()) {
        throw new IllegalArgumentException("a manifest needs at least one action (c2pa.created or c2pa.opened)");
      }
      String first = actions.get(0).action();
      if (!first.equals(Action.CREATED) && !first.equals(Action.OPENED)) {
        throw new IllegalArgumentException("the first action must be c2pa.created or c2pa.opened, not " + first);
      }
      long firsts = actions.stream().filter(a -> a.action().equals(Action.CREATED) || a.action().equals(Action.OPENED)).count();
      if (firsts > 1) {
        throw new IllegalArgumentException("at most one c2pa.created or c2pa.opened action per manifest");
      }
      long parents = ingredients.stream().filter(i -> i.relationship() == Relationship.PARENT_OF).count();
      if (parents > 1) {
        throw new IllegalArgumentException("at most one parentOf ingredient per manifest");
      }
      if (first.equals(Action.OPENED) && parents == 0) {
        throw new IllegalArgumentException("c2pa.opened needs a parentOf ingredient");
      }
      boolean watermarked = actions.stream().anyMatch(a -> a.action().equals(Action.WATERMARKED));
      boolean softBinding = assertions.stream().anyMatch(a -> a.label().equals(SoftBinding.LABEL));
      if (watermarked && !softBinding) {
        throw new IllegalArgumentException("c2pa.watermarked needs a c2pa.soft-binding assertion");
      }
      return new Manifest(this);
    }
  }
}
