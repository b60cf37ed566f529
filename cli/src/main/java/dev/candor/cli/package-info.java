/**
 * The {@code candor} command: labels images and text files with AI disclosures and signed C2PA
 * records, verifies and inspects them. {@link dev.candor.cli.Main} is the entry point; {@link
 * dev.candor.cli.WatermarkLayer} is the seam through which an invisible watermark joins labelling
 * and verification.
 */
package dev.candor.cli;
