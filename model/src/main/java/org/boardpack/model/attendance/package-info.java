/**
 * The attendance record of {@code boardpack/1}: one person at one meeting with the status the paper gives (present, in attendance, apologies, absent).
 */
package org.boardpack.model.attendance;
