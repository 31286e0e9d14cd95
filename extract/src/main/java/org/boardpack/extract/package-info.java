/**
 * The extract stage: a parsed document in, its boardpack/1 record out, each record extractor isolated.
 */
package org.boardpack.extract;
