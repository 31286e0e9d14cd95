package org.boardpack.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boardpack.app.export.LinkedActionRows;
import org.boardpack.app.export.RowFormat;
import org.boardpack.app.export.RowSource;
import org.boardpack.app.export.RowsWriter;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchResult;
import org.boardpack.web.api.ApiRoutes;
import org.boardpack.web.html.DecisionsPage;
import org.boardpack.web.html.Html;
import org.boardpack.web.html.Layout;
import org.boardpack.web.html.MeetingPage;
import org.boardpack.web.html.PersonPage;
import org.boardpack.web.html.RegisterPage;
import org.boardpack.web.html.SearchPage;

/**
 * Every address of the server: the HTML pages, the indexed files, the downloads, the static
 * style and script, and the JSON API ({@link ApiRoutes}). Each handler reads its parameters
 * through a form that validates them and asks {@link IndexQueries}; nothing here writes.
 */
final class Site {

    static final int SEARCH_PAGE_SIZE = 20;
    /** A page of an indexed PDF drawn as an image, a record's box marked ({@link PageImages}). */
    static final String PAGE_IMAGE = "/page.png";
    /** Beyond any paper's page count: a larger number is a typo, not a page. */
    static final int MAX_PAGE_NUMBER = 100_000;
    private static final Set<String> DOWNLOADABLE = Set.of("decisions", "actions", "attendance", "agenda");

    private final IndexQueries index;
    private final Clock clock;
    private final PageImages images = new PageImages();

    Site(IndexQueries index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    Router router() {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("/", SearchForm.NAMES, this::search));
        routes.add(new Route("/search", SearchForm.NAMES, this::search));
        routes.add(new Route("/meeting", Set.of("id"), this::meeting));
        routes.add(new Route("/person", personNames(), this::person));
        routes.add(new Route("/decisions", DecisionsForm.NAMES, this::decisions));
        routes.add(new Route("/actions", RegisterForm.NAMES, p -> {
            RegisterForm form = RegisterForm.of(p, clock);
            return Reply.html(RegisterPage.render(form, index.register(form.meetings().body(), form.criteria())));
        }));
        routes.add(new Route("/file", Set.of("path"), p -> pdf(index.files().require(p.required("path")))));
        routes.add(new Route(PAGE_IMAGE, Set.of("path", "page", "box"), this::pageImage));
        for (String type : DOWNLOADABLE) {
            Set<String> names = type.equals("actions") ? RegisterForm.NAMES : DecisionsForm.NAMES;
            for (RowFormat format : List.of(RowFormat.csv, RowFormat.json)) {
                routes.add(new Route("/download/" + type + "." + format, names, p -> download(type, format, p)));
            }
        }
        routes.add(StaticFiles.route("/static/style.css", "style.css", "text/css; charset=utf-8"));
        routes.add(StaticFiles.route("/static/app.js", "app.js", "text/javascript; charset=utf-8"));
        routes.addAll(new ApiRoutes(index, clock).routes());
        return new Router(routes, (status, message) -> Reply.text(status, "text/html; charset=utf-8",
                Layout.problem(status, message)), ApiRoutes::problem);
    }

    private static Set<String> personNames() {
        Set<String> names = new java.util.HashSet<>(MeetingFilters.NAMES);
        names.add("name");
        return Set.copyOf(names);
    }

    private Reply search(Params p) throws Exception {
        SearchForm form = SearchForm.of(p, SEARCH_PAGE_SIZE);
        if (form.q() == null) {
            return Reply.html(SearchPage.render(form, null, List.of()));
        }
        SearchResult result = index.search(form.request(), Html.MARK_OPEN, Html.MARK_CLOSE);
        return Reply.html(SearchPage.render(form, result, form.pageOf(result)));
    }

    private Reply meeting(Params p) throws Exception {
        String id = p.required("id");
        Optional<MeetingView> m = index.meeting(id);
        if (m.isEmpty()) {
            return Reply.text(404, "text/html; charset=utf-8", MeetingPage.unknown(id, index.closeMeetingIds(id)));
        }
        return Reply.html(MeetingPage.render(m.get()));
    }

    private Reply person(Params p) throws Exception {
        MeetingFilters meetings = MeetingFilters.of(p);
        String name = p.text("name");
        return Reply.html(PersonPage.render(name, meetings, name == null ? null : index.people(name, meetings.over(Set.of()))));
    }

    private Reply decisions(Params p) throws Exception {
        DecisionsForm form = DecisionsForm.of(p);
        DecisionQuery.Page page = index.decisions(form.selection(), form.kind(), form.paging());
        int pages = form.paging().pages(page.total());
        if (form.paging().page() > pages) {
            // a page past the last shows the last: a link kept from before a filter changed still shows rows
            form = form.at(form.paging().at(pages));
            page = index.decisions(form.selection(), form.kind(), form.paging());
        }
        return Reply.html(DecisionsPage.render(form, page));
    }

    /** The selection's rows as {@code export TYPE --format F} writes them, as an attachment. */
    private Reply download(String type, RowFormat format, Params p) throws Exception {
        StringWriter out = new StringWriter();
        RowsWriter writer = new RowsWriter(index.json());
        if (type.equals("actions")) {
            RegisterForm form = RegisterForm.of(p, clock);
            List<LinkedAction> actions = index.register(form.meetings().body(), form.criteria());
            writer.write(format, new LinkedActionRows(form.criteria().asOf().fixedDay()), actions, out);
        } else if (type.equals("decisions")) {
            DecisionsForm form = DecisionsForm.of(p);
            writer.write(format, index.rows().decisions(), index.decisions(form.exportSelection(), form.kind()), out);
        } else {
            DecisionsForm form = DecisionsForm.of(p);
            if (form.kind() != null) {
                throw HttpProblem.badRequest("kind: only decisions have a kind");
            }
            write(writer, format, index.rows().named(type).orElseThrow(), form.exportSelection(), out);
        }
        String contentType = format == RowFormat.csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        return Reply.text(200, contentType, out.toString())
                .withHeader("Content-Disposition", "attachment; filename=\"boardpack-" + type + "." + format + "\"");
    }

    private <R extends Record> void write(RowsWriter writer, RowFormat format, RowSource<R> source,
                                          RecordSelection selection, StringWriter out) throws Exception {
        writer.write(format, source, index.rows(source, selection), out);
    }

    /** {@code page} of the indexed PDF at {@code path} as a PNG, the {@code box} marked when given; 404 for any other file or page. */
    private Reply pageImage(Params p) throws Exception {
        String path = p.required("path");
        p.required("page");
        int page = p.integer("page", 1, 1, MAX_PAGE_NUMBER);
        PageBox box = PageBox.parse(p.text("box"));
        byte[] png = images.png(index.files().require(path), page, box);
        return new Reply(200, "image/png", png, null, Map.of());
    }

    /**
     * An indexed file: a PDF inline (the browser opens it at {@code #page=N}); any other format as
     * a download, so an indexed HTML or Word paper never runs as a page of this server.
     */
    private static Reply pdf(Path file) throws IOException {
        String name = file.getFileName().toString().replace("\"", "");
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return Reply.file(file, "application/pdf", Map.of("Content-Disposition", "inline; filename=\"" + name + "\""));
        }
        return Reply.file(file, "application/octet-stream", Map.of("Content-Disposition", "attachment; filename=\"" + name + "\"",
                "Content-Security-Policy", "sandbox"));
    }
}
