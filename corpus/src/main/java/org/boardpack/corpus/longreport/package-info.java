/**
 * Long reports for the generator: multi-page papers with performance and finance tables.
 */
package org.boardpack.corpus.longreport;
