package org.boardpack.index.bodies;

import java.nio.file.Path;

/**
 * A meeting record as indexed: its id, the body as the paper printed it, its date (ISO, possibly
 * partial) and the file it was read from.
 */
public record MeetingSighting(String meetingId, String body, String date, Path file) {
}
