/**
 * The paper records of {@code boardpack/1}: each paper found in a pack (agenda, minutes, action log, report) with its page span and type.
 */
package org.boardpack.model.documents;
