/**
 * Not API: the command line's batch machinery, file handling and output; may change in any release.
 */
package dev.candor.cli.internal;
