package org.boardpack.extract.context;

import java.util.List;

/**
 * The one contract every record extractor meets: given what was computed once for a document,
 * the records of one type it supports. An extractor looks for its own cues wherever they can
 * occur; the paper's type is a hint in the context, never a gate that drops a whole file.
 *
 * @param <T> the record type
 */
public interface RecordExtractor<T> {

    /** The record type's name in {@code boardpack/1} ({@code attendance}, {@code decisions}, …). */
    String recordType();

    List<T> extract(DocumentContext context);
}
