/**
 * Reading order of a page: columns by XY-cut, tables row by row, running heads and footers.
 */
package org.boardpack.ingest.layout;
