/**
 * The generator of synthetic board packs with known answers: the regression corpus (its scores are floors, not accuracy).
 */
package org.boardpack.corpus;
