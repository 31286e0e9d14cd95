/**
 * Walking minutes into numbered items and paragraphs, for the extractors that read them.
 */
package org.boardpack.extract.minutes;
