package org.boardpack.web;

import java.util.Set;

/** One address: the parameters it takes and how it answers them. */
public record Route(String path, Set<String> params, Handler handler) {

    public Route {
        params = Set.copyOf(params);
    }

    /** Answers a request whose parameters were checked against the route's names. */
    @FunctionalInterface
    public interface Handler {
        Reply answer(Params params) throws Exception;
    }
}
