/**
 * Actions: action columns and lines of minutes, and the rows of action logs, ruled or not, with owners, deadlines, status and updates.
 */
package org.boardpack.extract.actions;
