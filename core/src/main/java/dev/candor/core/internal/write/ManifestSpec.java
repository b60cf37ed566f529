package dev.candor.core.internal.write;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A manifest definition in the writer's neutral terms.
 *
 * @param claimGeneratorInfo the {@code claim_generator_info} map
 * @param title {@code dc:title} or {@code null}
 * @param actions builds the actions list given the parent ingredient's hashed URI (or {@code null})
 * @param ingredients the ingredients
 * @param assertions further assertions, in order
 */
public record ManifestSpec(
    Map<Object, Object> claimGeneratorInfo,
    String title,
    Function<Object, List<Object>> actions,
    List<IngredientSpec> ingredients,
    List<AssertionSpec> assertions) {

  /**
   * An assertion: CBOR value tree or JSON bytes.
   *
   * @param label the label
   * @param cbor the CBOR value, or {@code null}
   * @param json the JSON bytes, or {@code null}
   * @param gathered listed under gathered_assertions
   */
  public record AssertionSpec(String label, Object cbor, byte[] json, boolean gathered) {}

  /**
   * An ingredient.
   *
   * @param relationship parentOf, componentOf or inputTo
   * @param title the title or {@code null}
   * @param format the media type or {@code null}
   * @param instanceId the instance id or {@code null}
   * @param store the ingredient's manifest store or {@code null}
   * @param validationResults the {@code validationResults} map or {@code null}
   */
  public record IngredientSpec(String relationship, String title, String format, String instanceId,
      byte[] store, Map<Object, Object> validationResults) {}
}
