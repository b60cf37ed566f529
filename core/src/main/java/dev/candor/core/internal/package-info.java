/** Not API: Candor's internals, may change in any release. */
package dev.candor.core.internal;
