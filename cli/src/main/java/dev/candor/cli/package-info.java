/** Candor cli. */
package dev.candor.cli;
