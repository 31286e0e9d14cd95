/**
 * The meeting record of {@code boardpack/1}: the body, date, time and location one paper names, under the meeting id every other record refers to.
 */
package org.boardpack.model.meetings;
