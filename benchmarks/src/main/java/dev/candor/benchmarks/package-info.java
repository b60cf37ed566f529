/** Candor benchmarks. */
package dev.candor.benchmarks;
