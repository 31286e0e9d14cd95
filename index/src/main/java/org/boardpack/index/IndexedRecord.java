package org.boardpack.index;

/**
 * One stored record as listed (not ranked): its type, the meeting it belongs to with that
 * meeting's body and date (null when unknown), where to open the source ({@code path}, 1-based
 * {@code page}, null for records without one), its position among the records of its type in its
 * file ({@code ordinal}, 1-based: the order of the {@code boardpack/1} lists), and the record itself
 * as {@code boardpack/1} JSON (null for pages of text, whose text is the record).
 */
public record IndexedRecord(String type, String meeting, String body, String date, String path, Integer page,
                            int ordinal, String json) {

    /** {@code file:page}, or the file alone when the record has no page. */
    public String location() {
        return page == null ? path : path + ":" + page;
    }
}
