/**
 * Decisions: what a meeting resolved, agreed, approved or endorsed, with kind, item and vote.
 */
package org.boardpack.extract.decisions;
