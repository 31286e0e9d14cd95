/**
 * Word, RTF, OpenDocument and HTML papers read through Tika into the same page model.
 */
package org.boardpack.ingest.tika;
