package org.boardpack.index;

/** Field names of the index schema, in one place for writer, searcher and exporter. */
final class IndexFields {

    /** Unique key of a Lucene document: {@code sha256/type/n}. */
    static final String KEY = "key";
    /** The source file's content hash: every document of a file carries it, so a file is replaced as a unit. */
    static final String SHA256 = "sha256";
    static final String PATH = "path";
    /** Record type: {@code pack} (the whole record, for export), {@code meeting}, {@code attendance}, {@code page}, … */
    static final String TYPE = "type";
    static final String MEETING = "meeting";
    static final String BODY = "body";
    /**
     * The body, indexed only, once as its name lower-cased and once as the slug of the meeting id
     * ({@code blmk-partnership-board}): {@code --body} takes either, in any case.
     */
    static final String BODY_KEY = "body_key";
    static final String DATE = "date";
    static final String DATE_POINT = "date_point";
    static final String DATE_SORT = "date_sort";
    static final String PAGE = "page";
    /** Searchable prose of the record, English-stemmed, stored for highlighting. */
    static final String TEXT = "text";
    /**
     * A person (attendee, action owner): honorific and name, indexed only, with the name analyser
     * (no stemming, honorifics normalised) and searched by default beside {@link #TEXT}.
     */
    static final String NAME = "name";
    /** The record itself as {@code boardpack/1} JSON. */
    static final String JSON = "json";
    static final String EXTRACTOR_VERSION = "extractor_version";
    /**
     * On {@code pack} documents, doc values only: the acronyms the file defines, {@code ACRONYM<TAB>expansion}
     * each, read when a searcher opens so queries expand them.
     */
    static final String ACRONYMS = "acronyms";

    /**
     * On {@code pack} documents: the version of this schema, so a searcher can tell an index written
     * before the fields it relies on (facets, names, body keys, the
     * acronyms each file defines) and ask for a re-ingest.
     */
    static final String INDEX_SCHEMA = "index_schema";
    static final String INDEX_SCHEMA_VERSION = "4";
    /**
     * The schemas search can read. 3 lacks only the names of action owners no attendance resolved;
     * its files are re-extracted by the next {@code ingest}, and searched meanwhile.
     */
    static final java.util.Set<String> SEARCHABLE_INDEX_SCHEMAS = java.util.Set.of("3", INDEX_SCHEMA_VERSION);

    static final String TYPE_PACK = "pack";

    private IndexFields() {
    }
}
