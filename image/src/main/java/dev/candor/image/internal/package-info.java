/** Not API: container code for JPEG, PNG, WebP and XMP; may change in any release. */
package dev.candor.image.internal;
