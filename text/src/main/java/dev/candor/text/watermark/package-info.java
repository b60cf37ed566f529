/**
 * Generation-time statistical text watermarks and their detector.
 *
 * <p>Two schemes, neither tied to a model: {@link dev.candor.text.watermark.GreenListProcessor}
 * (Kirchenbauer et al. 2023, a keyed bias on a "green" part of the vocabulary) and {@link
 * dev.candor.text.watermark.GumbelSampler} (Aaronson's exponential-minimum sampling, which leaves
 * each step's output distribution unchanged). A language-model backend calls one of them in its
 * sampling loop; a publisher runs {@link dev.candor.text.watermark.TextWatermarkDetector} on the
 * token ids, or on text with the same {@link dev.candor.text.watermark.Tokenizer} the generator
 * used. {@link dev.candor.text.watermark.TextWatermarkBinding} is the soft-binding assertion
 * content that ties a watermark to a C2PA record.
 */
package dev.candor.text.watermark;
