/**
 * The one home of the extractors' cue words, kept as data (one resource per vocabulary).
 */
package org.boardpack.extract.lexicon;
