/**
 * Scoring extraction against answers: the reference rules for hand-written answers on real papers, the regression rules for the generator's answers, floors and reports.
 */
package org.boardpack.corpus.eval;
