/**
 * The charity and trust house style of the generator: key-value headers, trustee minutes, action tables.
 */
package org.boardpack.corpus.charity;
