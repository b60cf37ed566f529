/**
 * Human-readable AI disclosures (chatbot notice, "AI-generated", "AI-modified", "AI-assisted,
 * reviewed by a human") in the 24 official EU languages, for Article 50 of the AI Act.
 */
package dev.candor.core.disclosure;
