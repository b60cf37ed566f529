/** Not API: Candor image internals (containers, XMP, labels); may change in any release. */
package dev.candor.image.internal;
