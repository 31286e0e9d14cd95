package org.boardpack.model.documents;

/**
 * One paper inside a pack, by its first and last page (1-based, inclusive). {@code meeting} (an
 * addition to the format) is the id of the meeting the paper belongs to: the minutes to the
 * meeting they record, every other paper to the meeting the pack is for; {@code null} if unknown.
 */
public record DocumentSpan(DocumentType type, String title, int firstPage, int lastPage, String meeting) {

    /** A paper whose meeting is not (yet) known. */
    public DocumentSpan(DocumentType type, String title, int firstPage, int lastPage) {
        this(type, title, firstPage, lastPage, null);
    }

    public DocumentSpan withMeeting(String meetingId) {
        return new DocumentSpan(type, title, firstPage, lastPage, meetingId);
    }

    public boolean contains(int page) {
        return page >= firstPage && page <= lastPage;
    }
}
