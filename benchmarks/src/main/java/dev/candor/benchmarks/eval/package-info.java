/** Evaluations run as commands (not unit tests): image and text watermark robustness. */
package dev.candor.benchmarks.eval;
