/**
 * The decision record of {@code boardpack/1}: what a meeting resolved, approved, agreed or noted, with its kind, minute reference and agenda item.
 */
package org.boardpack.model.decisions;
