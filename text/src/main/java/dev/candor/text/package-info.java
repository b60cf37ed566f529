/** Candor text. */
package dev.candor.text;
