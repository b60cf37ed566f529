/**
 * The seam between core and container formats: a format finds stores and plans the output layout;
 * core hashes, signs and validates.
 */
package dev.candor.core.asset;
