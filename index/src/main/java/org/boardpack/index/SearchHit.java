package org.boardpack.index;

/**
 * One ranked result: what kind of record, which meeting, where to open the source
 * ({@code path} and 1-based {@code page}, null for records without one), and a highlighted snippet.
 */
public record SearchHit(float score, String type, String meeting, String body, String date, String path,
                        Integer page, String snippet, String json) {

    /** {@code file:page}, or the file alone when the record has no page. */
    public String location() {
        return page == null ? path : path + ":" + page;
    }
}
