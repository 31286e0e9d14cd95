package org.boardpack.index;

import java.util.Set;

/**
 * Which records to list, every one of them unless {@code limit} says otherwise: those matching
 * {@code query} (Lucene syntax; null or blank for all), within {@code filters}, of the meeting
 * {@code meeting} when given (its id, exactly), in {@code order}. Without a query every record
 * scores alike, so relevance order is the source order: by file path, then the order of the
 * {@code boardpack/1} lists; date order is newest meeting first, then source order.
 *
 * @param limit at most this many records; 0 for all
 */
public record RecordSelection(String query, SearchFilters filters, String meeting, SearchOrder order, int limit) {

    public RecordSelection {
        query = query == null || query.isBlank() ? null : query.strip();
        filters = filters == null ? SearchFilters.NONE : filters;
        meeting = meeting == null || meeting.isBlank() ? null : meeting.strip();
        order = order == null ? SearchOrder.RELEVANCE : order;
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must be 0 (all) or more");
        }
    }

    /** Every record within the filters, in source order. */
    public static RecordSelection all(SearchFilters filters) {
        return new RecordSelection(null, filters, null, SearchOrder.RELEVANCE, 0);
    }

    /** Every record of one meeting, of the given types (any when none), in source order. */
    public static RecordSelection ofMeeting(String meetingId, Set<String> types) {
        return new RecordSelection(null, new SearchFilters(types, null, DateRange.ANY), meetingId,
                SearchOrder.RELEVANCE, 0);
    }
}
