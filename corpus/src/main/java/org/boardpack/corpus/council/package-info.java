/**
 * The council committee house style of the generator: "At a meeting of" minutes, RESOLVED blocks, minute references.
 */
package org.boardpack.corpus.council;
