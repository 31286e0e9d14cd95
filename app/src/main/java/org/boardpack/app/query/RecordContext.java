package org.boardpack.app.query;

import org.boardpack.index.IndexedRecord;

/**
 * Where a record sits, as the index knows it: its meeting, the meeting's body and date, the file
 * and the page. The index knows what a record may not say itself (a table's meeting, the body and
 * date of the meeting), so this comes from the index, not from the record.
 *
 * @param meeting     the meeting's id as a user sees it: under the resolved body
 *                    ({@code blmk-partnership-board/2024-02-14}) whichever of the body's names the
 *                    pack printed (see docs/bodies.md)
 * @param body        the meeting's body as the pack printed it (a listing may name the resolved body instead)
 * @param packMeeting the meeting's id as the pack's {@code boardpack/1} records write it, from the
 *                    name the pack printed: what joins a row to {@code export all} and {@code extract}
 */
public record RecordContext(String meeting, String body, String date, String path, Integer page, String packMeeting) {

    /** A context whose meeting id is the pack's own (nothing resolved). */
    public RecordContext(String meeting, String body, String date, String path, Integer page) {
        this(meeting, body, date, path, page, meeting);
    }

    /** The context as the index stored it: the meeting id the pack printed. */
    public static RecordContext of(IndexedRecord r) {
        return new RecordContext(r.meeting(), r.body(), r.date(), r.path(), r.page());
    }

    /** The same context with the meeting under its resolved id; the pack's id kept. */
    public RecordContext withMeeting(String resolvedId) {
        return new RecordContext(resolvedId, body, date, path, page, packMeeting);
    }

    /** The same context with the body named otherwise (as resolved). */
    public RecordContext withBody(String name) {
        return new RecordContext(meeting, name, date, path, page, packMeeting);
    }
}
