/**
 * Text helpers: sentences (OpenNLP), joined lines, line-end hyphens judged by the document's own words.
 */
package org.boardpack.extract.text;
