package org.boardpack.app.bodies;

import org.boardpack.index.bodies.Body;

/**
 * One body of the index with what its papers hold.
 *
 * @param packs         the files with a meeting of the body
 * @param meetings      its distinct meetings (by date)
 * @param firstMeeting  its earliest meeting date, or {@code null}
 * @param lastMeeting   its latest meeting date, or {@code null}
 */
public record BodySummary(Body body, int packs, int meetings, String firstMeeting, String lastMeeting) {
}
