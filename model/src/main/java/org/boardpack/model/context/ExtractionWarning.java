package org.boardpack.model.context;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One record type that could not be extracted from a file: the extractor failed, so that type is
 * missing from the file's record while every other type is kept. An addition to {@code boardpack/1}
 * ({@code warnings}).
 *
 * @param recordType the record type lost ({@code decisions})
 * @param message    what went wrong, in one line
 * @param page       the 1-based page being read when it failed, if known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionWarning(String recordType, String message, Integer page) {

    /** {@code decisions: NullPointerException at page 4}, for logs. */
    public String oneLine() {
        return recordType + " not extracted (" + message + ")" + (page == null ? "" : " at page " + page);
    }
}
