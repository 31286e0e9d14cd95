/**
 * Rules for body names that both the extractors and the index need, without a parser: the slug of
 * a meeting id ({@code BodySlug}), whether two printings name one body ({@code SameBody}), the
 * paper's words around a name ({@code BodyPaperWords}), and the word-list reader behind them.
 */
package org.boardpack.model.names;
