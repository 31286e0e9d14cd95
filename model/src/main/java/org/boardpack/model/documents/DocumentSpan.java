package org.boardpack.model.documents;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One paper inside a pack, by its first and last page (1-based, inclusive). {@code meeting} (an
 * addition to the format) is the id of the meeting the paper belongs to: the minutes to the
 * meeting they record, every other paper to the meeting the pack is for; {@code null} if unknown.
 *
 * <p>A page may hold the end of one paper and the start of the next (a one-page agenda with the
 * minutes set under it). {@code startY} (an addition) is where the paper starts on its first page
 * when it starts part-way down it: the top of its first line, in points from the top of the page;
 * {@code endY} is where the next paper starts on this paper's last page. Both are {@code null} when
 * the paper has those pages to their edge. A line belongs to the paper when its top is at or below
 * {@code startY} and above {@code endY}, so two papers sharing a page split its lines exactly.
 */
public record DocumentSpan(DocumentType type, String title, int firstPage, int lastPage, String meeting,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Float startY,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Float endY) {

    /** A paper whose pages are its own, top to bottom. */
    public DocumentSpan(DocumentType type, String title, int firstPage, int lastPage, String meeting) {
        this(type, title, firstPage, lastPage, meeting, null, null);
    }

    /** A paper whose meeting is not (yet) known. */
    public DocumentSpan(DocumentType type, String title, int firstPage, int lastPage) {
        this(type, title, firstPage, lastPage, null);
    }

    public DocumentSpan withMeeting(String meetingId) {
        return new DocumentSpan(type, title, firstPage, lastPage, meetingId, startY, endY);
    }

    /** The same part of the pack read as another type of paper. */
    public DocumentSpan withType(DocumentType paperType) {
        return new DocumentSpan(paperType, title, firstPage, lastPage, meeting, startY, endY);
    }

    /** Whether the paper has some part of the page. */
    public boolean contains(int page) {
        return page >= firstPage && page <= lastPage;
    }

    /** Whether the point at height {@code y} (points from the page's top) of the page is the paper's. */
    public boolean contains(int page, float y) {
        return contains(page) && (page != firstPage || startY == null || y >= startY)
                && (page != lastPage || endY == null || y < endY);
    }

    /** Whether the paper has the whole of the page, top to bottom. */
    public boolean hasWhole(int page) {
        return contains(page) && (page != firstPage || startY == null) && (page != lastPage || endY == null);
    }
}
