/**
 * Offline evaluation of Candor's text watermarks against a small word-trigram language model
 * trained at run time on public-domain prose; run by {@code benchmarks/eval-text-watermark.sh}.
 */
package dev.candor.benchmarks.eval;
