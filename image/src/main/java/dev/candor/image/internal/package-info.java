/** Not API: Candor image internals, may change in any release. */
package dev.candor.image.internal;
