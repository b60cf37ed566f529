/** Not API: layout, colour and drawing of visible labels, may change in any release. */
package dev.candor.image.internal.label;
