/**
 * Candor text markers: visible AI disclosures for plain text, Markdown, HTML and JSON responses
 * ({@link dev.candor.text.TextDisclosure}, {@link dev.candor.text.HtmlMeta}); the C2PA text wrapper
 * that carries a signed manifest invisibly at the end of the text ({@link
 * dev.candor.text.TextFormat}, C2PA 2.3 Appendix A.8); and streaming chatbot output labelled and
 * signed as it passes ({@link dev.candor.text.TextLabels}).
 */
package dev.candor.text;
