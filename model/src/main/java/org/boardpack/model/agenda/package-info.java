/**
 * The agenda item record of {@code boardpack/1}: a numbered item of a meeting, with its title and the pages it covers.
 */
package org.boardpack.model.agenda;
