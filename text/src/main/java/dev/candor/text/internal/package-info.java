/** Not API: the text module's internals (wrapper codec, finder, hashing, streaming), may change. */
package dev.candor.text.internal;
