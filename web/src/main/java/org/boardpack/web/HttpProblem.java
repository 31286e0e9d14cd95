package org.boardpack.web;

/**
 * A request the server answers with an error status and a sentence saying why: a parameter that
 * is wrong (400), a thing the index does not have (404), a method other than GET or HEAD (405), an
 * indexed file that can no longer be read as it was (422).
 */
public final class HttpProblem extends RuntimeException {

    private final int status;

    private HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    public static HttpProblem methodNotAllowed(String method) {
        return new HttpProblem(405, "this server only reads: " + method + " is not allowed, use GET");
    }

    /** The request is sound and names an indexed file, but the file on disk cannot be read for it now. */
    public static HttpProblem unreadable(String message) {
        return new HttpProblem(422, message);
    }

    public int status() {
        return status;
    }
}
