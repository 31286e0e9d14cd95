package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionUpdate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.boardpack.extract.actions.LogHeader.Role;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTableSource;

/**
 * Actions from action logs: every table whose header row reads as a log's ({@link LogHeader}),
 * ruled or held together by whitespace alone ({@link UnruledLogReader}), one record per row with
 * every column, words broken at line ends made whole again ({@link Dehyphenator}). A row broken by a page break (its continuation at the top
 * of the next page, with no reference and no date) is joined back to the row it continues. The
 * meeting of a row is the meeting on its date: the body's meeting that raised the action.
 */
public final class ActionLogExtractor {

    /** How many leading rows may stand above the header row (a title row inside the frame). */
    private static final int HEADER_SEARCH = 3;

    private final ActionDates dates;
    private final UpdateSplitter updates;
    private final TableRowPages rowPages;
    private final UnruledLogReader unruled;
    private final OwnerText ownerText = new OwnerText(ActionVocabulary.standard());
    private final HeaderlessLogs noHeader;
    private final org.boardpack.ingest.tables.TableFinder finder;
    private static final String RULED = "lattice";
    /** {@code Heather Poustie/ Simon Barnes}: joint owners wrapped after the slash, closed up again. */
    private static final java.util.regex.Pattern WRAPPED_SLASH = java.util.regex.Pattern.compile("(?<=\\S)/\\s+");

    public ActionLogExtractor(org.boardpack.ingest.tables.TableFinder finder) {
        this.dates = new ActionDates();
        this.updates = new UpdateSplitter(dates);
        this.rowPages = new TableRowPages();
        this.unruled = new UnruledLogReader();
        this.noHeader = new HeaderlessLogs(ActionVocabulary.standard(), dates);
        this.finder = finder;
    }

    /**
     * What a place in the document answers (the meeting of the paper there, its body's slug), by
     * page and height on the page: two papers may share a page.
     */
    @FunctionalInterface
    public interface AtPlace {
        /** The answer at height {@code y} (points from the top) of page {@code page}, or null. */
        String at(int page, float y);
    }

    /**
     * @param tables    the document's tables, joined across pages
     * @param bodySlug  for each page, the slug of the body whose papers it is ({@code blmk-partnership-board}),
     *                  or null when unknown; a row's meeting is {@code slug/raised}
     */
    public List<Action> extract(ParsedDocument doc, List<DetectedTable> tables, IntFunction<String> bodySlug) {
        return extract(doc, tables, (page, y) -> bodySlug.apply(page), (page, y) -> null, Dehyphenator.of(doc), finder);
    }

    /**
     * @param bodySlug    for each place, the slug of the body whose paper is there, or null
     * @param meetingAt   for each place, the id of the meeting its paper is for, or null: the meeting
     *                    of a row that prints no date raised, and the year of a deadline printed
     *                    without one ({@code 30 March}); a log is placed by where it starts
     * @param words       the document's vocabulary, built once for all its extractors
     * @param pageTables  the document's tables page by page, found once for all its extractors
     */
    public List<Action> extract(ParsedDocument doc, List<DetectedTable> tables, AtPlace bodySlug,
            AtPlace meetingAt, Dehyphenator words, PageTableSource pageTables) {
        HeadingRoles roles = HeadingRoles.standard(); // this document's headings, read row after row
        List<LogRows> logs = new ArrayList<>();
        List<HeaderlessLogs.Known> known = new ArrayList<>();
        List<DetectedTable> headerless = new ArrayList<>();
        for (DetectedTable table : tables) {
            // whitespace-only logs are read by the log reader, which knows a log's columns better
            // than the general stream detector does
            if (RULED.equals(table.method())) {
                Optional<LogRows> log = ruledLog(doc, table, pageTables, roles);
                log.ifPresent(logs::add);
                log.ifPresent(l -> known.add(new HeaderlessLogs.Known(l.header(),
                        HeaderAbove.edges(doc.pages().get(table.page() - 1), table))));
                if (log.isEmpty()) {
                    headerless.add(table);
                }
            }
        }
        for (DetectedTable table : headerless) {
            Page page = doc.pages().get(table.page() - 1);
            HeaderlessLogs.like(page, table, known).or(() -> noHeader.inferred(table.rows()))
                    .ifPresent(h -> logs.add(rowsOf(doc, table, h, -1, List.of(), pageTables)));
        }
        logs.addAll(unruled.read(doc, pageTables, roles));
        List<Action> out = new ArrayList<>();
        for (LogRows log : logs) {
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowPage = new ArrayList<>();
            List<Float> rowY = new ArrayList<>();
            for (int r = 0; r < log.rows().size(); r++) {
                List<String> row = log.rows().get(r);
                boolean pageBreak = !rows.isEmpty() && !log.pages().get(r).equals(rowPage.getLast());
                if (pageBreak && continuesRow(log.header(), row)) {
                    rows.set(rows.size() - 1, joined(rows.getLast(), row));
                    continue;
                }
                if (!rows.isEmpty()) {
                    row = MergedKeys.filled(log.header(), rows.getLast(), row);
                }
                rows.add(row);
                rowPage.add(log.pages().get(r));
                rowY.add(log.yOf(r));
            }
            StatusNormaliser statuses = new StatusNormaliser(RagRating.keyed(linesOf(doc, rowPage), ActionVocabulary.standard()));
            for (int i = 0; i < rows.size(); i++) {
                int page = rowPage.get(i);
                float y = rowY.get(i);
                action(log.header(), rows.get(i), page, bodySlug.at(page, y), meetingAt.at(page, y), words, statuses)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A ruled table read as a log when one of its first rows is a log's header, or the line just
     * above its frame is ({@link HeaderAbove}).
     */
    private Optional<LogRows> ruledLog(ParsedDocument doc, DetectedTable table, PageTableSource pageTables,
                                       HeadingRoles roles) {
        int headerRow = -1;
        Optional<LogHeader> header = Optional.empty();
        for (int r = 0; r < Math.min(HEADER_SEARCH, table.rows().size()) && header.isEmpty(); r++) {
            header = LogHeader.of(table.rows().get(r), roles);
            headerRow = r;
        }
        List<String> headerCells;
        if (header.isPresent()) {
            headerCells = table.rows().get(headerRow);
        } else {
            Optional<List<String>> above = HeaderAbove.of(doc.pages().get(table.page() - 1), table);
            header = above.flatMap(cells -> LogHeader.of(cells, roles));
            if (header.isEmpty()) {
                return Optional.empty();
            }
            headerCells = above.get();
            headerRow = -1;
        }
        LogRows rows = rowsOf(doc, table, header.get(), headerRow, headerCells, pageTables);
        // minutes set as a table under a log-like header are the minutes' own: one table, one reading
        return MinutesShape.of(header.get(), headerCells, rows.rows()) ? Optional.empty() : Optional.of(rows);
    }

    /** The table's rows below its header row ({@code -1}: none), a header repeated inside it left out. */
    private LogRows rowsOf(ParsedDocument doc, DetectedTable table, LogHeader header, int headerRow,
                           List<String> headerCells, PageTableSource pageTables) {
        int[] pages = rowPages.of(table, doc.pages(), pageTables);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowPage = new ArrayList<>();
        for (int r = headerRow + 1; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (!row.equals(headerCells) && !isBlank(row)) {
                rows.add(row);
                rowPage.add(pages[r]);
            }
        }
        return new LogRows(header, rows, rowPage, table.page(), table.top());
    }

    /** The text lines of the pages a log stands on, where its RAG key is printed if it has one. */
    private static List<String> linesOf(ParsedDocument doc, List<Integer> pages) {
        return pages.stream().distinct().filter(p -> p >= 1 && p <= doc.pages().size())
                .flatMap(p -> doc.pages().get(p - 1).lines().stream()).map(org.boardpack.ingest.TextLine::text).toList();
    }

    private Optional<Action> action(LogHeader h, List<String> row, int page, String slug, String pageMeeting,
                                    Dehyphenator words, StatusNormaliser statuses) {
        String ref = emptyToNull(h.cell(row, Role.REF));
        String description = words.apply(emptyToNull(h.cell(row, Role.DESCRIPTION)));
        String item = words.apply(emptyToNull(h.cell(row, Role.ITEM)));
        if (description == null && (ref == null || filledCells(row) == 1)) {
            // a section heading spanning the table ("Closed actions", "Actions from meeting held on
            // 12 March 2024"): its merged cell lands in the first column, the reference's
            return Optional.empty();
        }
        if (ref != null) {
            ref = ref.replaceAll("[.:]+$", "");
        }
        Optional<ActionDates.Token> raisedOn = dates.ofCell(h.cell(row, Role.RAISED));
        String raised = raisedOn.map(ActionDates.Token::iso).orElse(null);
        String meeting = slug != null && raisedOn.isPresent() && !raisedOn.get().monthOnly() ? slug + "/" + raised
                : raisedOn.isEmpty() ? pageMeeting : null;
        String meetingDate = pageMeeting == null ? null : pageMeeting.substring(pageMeeting.lastIndexOf('/') + 1);
        String dueText = emptyToNull(h.cell(row, Role.DUE));
        String due = dates.deadline(dueText, raised != null ? raised : meetingDate).map(ActionDates.Token::iso)
                .orElse(null);
        String statusText = emptyToNull(h.cell(row, Role.STATUS));
        org.boardpack.model.actions.ActionStatus status = statuses.normalise(statusText);
        String rating = emptyToNull(h.cell(row, Role.RAG));
        if (rating != null && (status == null || status == org.boardpack.model.actions.ActionStatus.OTHER)) {
            // the status column's words say nothing of the status (dated updates only): the RAG rating does
            statusText = rating;
            status = statuses.normalise(rating);
        }
        String comments = h.cell(row, Role.COMMENTS);
        // one Status / Update column: a cell that only states the status ("On track") is no update
        boolean statusAlone = java.util.Objects.equals(h.columns().get(Role.COMMENTS), h.columns().get(Role.STATUS))
                && statuses.statesOnly(comments);
        List<ActionUpdate> notes = !h.has(Role.COMMENTS) ? null
                : statusAlone ? List.of() : updates.split(words.apply(comments));
        String owner = emptyToNull(h.cell(row, Role.OWNER));
        if (owner != null) {
            owner = WRAPPED_SLASH.matcher(owner).replaceAll("/");
        } else if (!h.has(Role.OWNER) && description != null) {
            // a log without an owner column names the owner in the action ("JB to …", "… (JB)")
            owner = ownerText.within(description).map(OwnerText.Split::owner).orElse(null);
        }
        return Optional.of(new Action(ActionSource.ACTION_LOG, meeting, ref, item, description,
                owner, null, raised, due, status, statusText,
                notes, page, dueText));
    }

    /** The top row of a continuation page carries on the row above when it has no reference and no date. */
    private static boolean continuesRow(LogHeader h, List<String> row) {
        String ref = h.cell(row, Role.REF);
        String raised = h.cell(row, Role.RAISED);
        boolean keyed = h.has(Role.REF) || h.has(Role.RAISED);
        return keyed && (ref == null || ref.isEmpty()) && (raised == null || raised.isEmpty());
    }

    private static List<String> joined(List<String> above, List<String> below) {
        List<String> out = new ArrayList<>(above.size());
        for (int c = 0; c < above.size(); c++) {
            String b = c < below.size() ? below.get(c) : "";
            out.add(b.isBlank() ? above.get(c) : above.get(c).isBlank() ? b : above.get(c) + " " + b);
        }
        return out;
    }

    private static long filledCells(List<String> row) {
        return row.stream().filter(c -> c != null && !c.isBlank()).count();
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
