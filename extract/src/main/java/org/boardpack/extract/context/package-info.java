/**
 * The contract every record extractor meets, and the per-document context computed once for all of them.
 */
package org.boardpack.extract.context;
