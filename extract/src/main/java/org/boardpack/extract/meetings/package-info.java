/**
 * Meetings: body, date, time and place of the meeting each paper is for, one id per body.
 */
package org.boardpack.extract.meetings;
