/**
 * The Lucene index: one document per record and per page, English analysis, acronyms, highlighting, replacement by file, failures kept.
 */
package org.boardpack.index;
