package org.boardpack.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.boardpack.app.answers.MeetingAnswer;
import org.boardpack.app.answers.PeopleAnswer;
import org.boardpack.app.answers.SearchAnswer;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.SearchResult;
import org.boardpack.web.DecisionsForm;
import org.boardpack.web.HttpProblem;
import org.boardpack.web.IndexQueries;
import org.boardpack.web.MeetingFilters;
import org.boardpack.web.Paging;
import org.boardpack.web.Params;
import org.boardpack.web.RegisterForm;
import org.boardpack.web.Reply;
import org.boardpack.web.Route;
import org.boardpack.web.SearchForm;

/**
 * {@code /api/search}, {@code /api/meeting}, {@code /api/people}, {@code /api/decisions},
 * {@code /api/actions} and {@code /api/openapi.json}. Each answer is what the matching command
 * prints with {@code --json} (search a page at a time, with facets; decisions and actions every
 * row, or one page with the totals when {@code page} or {@code size} is given); an error is {@code {"error": {"status", "message"}}}.
 */
public final class ApiRoutes {

    /** The OpenAPI document's paths: the routes must be exactly these (a test holds them equal). */
    public static final String OPENAPI = "openapi.json";
    static final int SEARCH_SIZE = 10;
    private static final ObjectMapper ERRORS = BoardpackJson.newMapper();

    private final IndexQueries index;
    private final Clock clock;
    private final ObjectMapper json;

    public ApiRoutes(IndexQueries index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.json = index.json();
    }

    public List<Route> routes() {
        Set<String> people = new HashSet<>(MeetingFilters.NAMES);
        people.add("name");
        byte[] openapi = openapi();
        return List.of(
                new Route("/api/search", SearchForm.NAMES, this::search),
                new Route("/api/meeting", Set.of("id"), this::meeting),
                new Route("/api/people", people, p -> {
                    String name = p.required("name");
                    return reply(new PeopleAnswer(json).of(name, index.people(name, MeetingFilters.of(p).over(Set.of()))));
                }),
                new Route("/api/decisions", DecisionsForm.NAMES, this::decisions),
                new Route("/api/actions", RegisterForm.NAMES, this::actions),
                new Route("/api/openapi.json", Set.of(), p -> new Reply(200, "application/json; charset=utf-8", openapi, null,
                        java.util.Map.of())));
    }

    private Reply search(Params p) throws Exception {
        SearchForm form = SearchForm.of(p, SEARCH_SIZE);
        if (form.q() == null) {
            throw HttpProblem.badRequest("q: missing; give a query (\"*:*\" matches every record)");
        }
        SearchResult result = index.search(form.request(), SearchAnswer.MARK_OPEN, SearchAnswer.MARK_CLOSE);
        ObjectNode answer = new SearchAnswer(json).of(form.request(), result, form.pageOf(result));
        answer.put("page", form.page());
        answer.put("size", form.size());
        return reply(answer);
    }

    /** Every decision row, as {@code decisions --json --limit 0}; with {@code page} or {@code size}, one page of them and the totals. */
    private Reply decisions(Params p) throws Exception {
        DecisionsForm form = DecisionsForm.of(p);
        if (!form.paging().asked()) {
            return reply(index.decisions(form.selection(), form.kind()));
        }
        DecisionQuery.Page page = index.decisions(form.selection(), form.kind(), form.paging());
        return reply(paged(form.paging(), page.total(), "decisions", page.rows(), n -> "/api/decisions" + form.pageQuery(n)));
    }

    /** The register, as {@code actions --json}; with {@code page} or {@code size}, one page of it and the totals. */
    private Reply actions(Params p) throws Exception {
        RegisterForm form = RegisterForm.of(p, clock);
        List<LinkedAction> actions = index.register(form.meetings().body(), form.criteria());
        if (!form.paging().asked()) {
            return reply(actions);
        }
        Paging paging = form.paging();
        List<LinkedAction> rows = actions.subList(Math.min(actions.size(), paging.offset()),
                Math.min(actions.size(), paging.offset() + paging.size()));
        return reply(paged(paging, actions.size(), "actions", rows, n -> "/api/actions" + form.pageQuery(n)));
    }

    /**
     * One page of a listing: {@code total} rows in all, this {@code page} of {@code pages} at
     * {@code size} a page, the addresses of the {@code previous} and {@code next} pages (null at
     * either end), and the page's rows under the listing's name. A page past the last is empty.
     */
    private ObjectNode paged(Paging paging, long total, String name, List<?> rows, IntFunction<String> link) {
        int pages = paging.pages(total);
        ObjectNode answer = json.createObjectNode();
        answer.put("total", total).put("page", paging.page()).put("size", paging.size()).put("pages", pages);
        answer.put("previous", paging.page() > 1 ? link.apply(Math.min(paging.page() - 1, pages)) : null);
        answer.put("next", paging.page() < pages ? link.apply(paging.page() + 1) : null);
        answer.set(name, json.valueToTree(rows));
        return answer;
    }

    private Reply meeting(Params p) throws Exception {
        String id = p.required("id");
        Optional<MeetingView> m = index.meeting(id);
        if (m.isEmpty()) {
            List<String> close = index.closeMeetingIds(id);
            throw HttpProblem.notFound("no meeting '" + id + "' in the index"
                    + (close.isEmpty() ? "" : "; close ids: " + String.join(", ", close)));
        }
        return reply(new MeetingAnswer(json).of(m.get()));
    }

    private Reply reply(Object answer) throws JsonProcessingException {
        return Reply.json(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n");
    }

    /** An error as JSON: {@code {"error": {"status": 400, "message": "…"}}}. */
    public static Reply problem(int status, String message) {
        ObjectNode root = ERRORS.createObjectNode();
        root.putObject("error").put("status", status).put("message", message);
        return Reply.text(status, "application/json; charset=utf-8", root.toString() + "\n");
    }

    private static byte[] openapi() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
