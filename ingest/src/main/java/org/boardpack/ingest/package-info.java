/**
 * The ingest stage: a file in, a parsed document (pages of words and lines with their boxes) out, or a typed failure.
 */
package org.boardpack.ingest;
