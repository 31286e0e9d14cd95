/**
 * Attendance: who was present, in attendance, gave apologies or was absent, from lists and sentences.
 */
package org.boardpack.extract.attendance;
