package org.boardpack.index;

/** A query that Lucene's syntax does not accept; the message quotes the query and the parser's reason. */
public final class InvalidQueryException extends Exception {

    public InvalidQueryException(String query, String reason) {
        super("cannot parse the query '" + query + "': " + reason);
    }
}
