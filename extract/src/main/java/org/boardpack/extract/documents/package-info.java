/**
 * Splitting a pack into its papers (agenda, minutes, action log, cover sheet, report, appendix) from page cues and bookmarks.
 */
package org.boardpack.extract.documents;
