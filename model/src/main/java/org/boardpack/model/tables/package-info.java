/**
 * The table record of {@code boardpack/1}: cells as printed with their row, column and spans, and the parsed values beside them.
 */
package org.boardpack.model.tables;
