/**
 * The text of each page in reading order, for full-text search.
 */
package org.boardpack.extract.pages;
