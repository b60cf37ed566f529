/** Candor image. */
package dev.candor.image;
