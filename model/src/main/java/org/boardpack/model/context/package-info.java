/**
 * Warnings an extraction leaves in a file's records: which record type of which file was lost and why, so a failed extractor never costs the file.
 */
package org.boardpack.model.context;
