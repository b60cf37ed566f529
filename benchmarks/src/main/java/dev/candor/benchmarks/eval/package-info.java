/** Robustness evaluation of the image watermark: attacks, quality metrics and the report. */
package dev.candor.benchmarks.eval;
