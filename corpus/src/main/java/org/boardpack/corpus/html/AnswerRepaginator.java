package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.tables.Table;

/**
 * Moves a pack's answers onto the pages another producer gave them. Each answer's anchor text is
 * looked for in the rendered PDF, forward from where the previous anchor was found, so repeated
 * wording (a name in the minutes and again on a cover sheet) resolves to the occurrence in print
 * order. A document ends the page before the next one starts (every paper starts a page). An
 * anchor that is not found, or an answer without an anchor, is an error naming it: a wrong page
 * in the answers would silently mis-score every extractor measured against them.
 *
 * <p>Tables are found by their own chain of anchors (first row, end of last row, table after
 * table), searched apart from the others: a table's rows hold other answers' anchors (agenda
 * items, actions), and its last words may be one of them. A table's frame is left null, since
 * only the producer knows where it put it.
 */
public final class AnswerRepaginator {

    private AnswerRepaginator() {
    }

    /** Thrown when an answer cannot be placed. */
    public static final class AnchorNotFoundException extends IllegalStateException {
        public AnchorNotFoundException(String message) {
            super(message);
        }
    }

    /**
     * @param answers  the answers with the plan's (PDFBox) pages
     * @param anchors  their anchors, in print order
     * @param pdf      the rendered PDF
     * @param fileName the PDF's file name, for {@code source.path}
     */
    public static PackRecord repaginate(PackRecord answers, List<Anchor> anchors, byte[] pdf, String fileName) {
        PdfPageTexts texts = PdfPageTexts.read(pdf);
        Map<Target, Map<Integer, Integer>> pages = locate(anchors.stream().filter(a -> !a.ofTable()).toList(), texts);
        pages.putAll(locate(anchors.stream().filter(Anchor::ofTable).toList(), texts));
        List<DocumentSpan> docs = new ArrayList<>();
        for (int i = 0; i < answers.documents().size(); i++) {
            DocumentSpan d = answers.documents().get(i);
            int first = page(pages, Target.DOCUMENT, i, d.title());
            int last = i + 1 < answers.documents().size()
                    ? page(pages, Target.DOCUMENT, i + 1, answers.documents().get(i + 1).title()) - 1
                    : texts.pageCount();
            if (last < first) {
                throw new AnchorNotFoundException("document #" + i + " " + d.title() + " ends (page " + last
                        + ") before it starts (page " + first + ")");
            }
            docs.add(new DocumentSpan(d.type(), d.title(), first, last, d.meeting()));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < size(answers.agendaItems()); i++) {
            AgendaItem a = answers.agendaItems().get(i);
            agenda.add(new AgendaItem(a.meeting(), a.number(), a.title(), a.lead(), a.time(),
                    page(pages, Target.AGENDA_ITEM, i, a.number() + " " + a.title())));
        }
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < size(answers.attendance()); i++) {
            Attendance a = answers.attendance().get(i);
            attendance.add(new Attendance(a.meeting(), a.name(), a.honorific(), a.role(), a.initials(), a.status(),
                    page(pages, Target.ATTENDANCE, i, a.name())));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < size(answers.decisions()); i++) {
            Decision d = answers.decisions().get(i);
            decisions.add(new Decision(d.meeting(), d.item(), d.minuteRef(), d.kind(), d.text(), d.vote(),
                    page(pages, Target.DECISION, i, d.text())));
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < size(answers.actions()); i++) {
            Action a = answers.actions().get(i);
            actions.add(new Action(a.source(), a.meeting(), a.ref(), a.item(), a.description(), a.owner(),
                    a.ownerName(), a.raised(), a.due(), a.status(), a.statusText(), a.updates(),
                    page(pages, Target.ACTION, i, a.ref() + " " + a.item())));
        }
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < size(answers.tables()); i++) {
            Table t = answers.tables().get(i);
            String what = String.join(" | ", t.rows().get(0));
            int first = page(pages, Target.TABLE, i, what);
            int last = page(pages, Target.TABLE_END, i, what);
            tables.add(new Table(first, t.title(), null, t.headerRows(), t.rows(), last > first ? last : null));
        }
        SourceInfo source = SourceInfos.pdf(fileName, pdf, texts.pageCount());
        return new PackRecord(answers.schema(), source, docs, answers.meetings(),
                answers.agendaItems() == null ? null : agenda, answers.attendance() == null ? null : attendance,
                answers.decisions() == null ? null : decisions, answers.actions() == null ? null : actions,
                answers.tables() == null ? null : tables, answers.pages());
    }

    /** The page of every anchor, by target and answer index. */
    static Map<Target, Map<Integer, Integer>> locate(List<Anchor> anchors, PdfPageTexts texts) {
        Map<Target, Map<Integer, Integer>> pages = new EnumMap<>(Target.class);
        int page = 0;
        int offset = 0;
        for (Anchor a : anchors) {
            String key = PdfPageTexts.key(a.text());
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty anchor for " + a.label());
            }
            int found = -1;
            while (page < texts.pageCount() && (found = texts.keys().get(page).indexOf(key, offset)) < 0) {
                page++;
                offset = 0;
            }
            if (found < 0) {
                throw new AnchorNotFoundException("anchor not found: " + a.label()
                        + " does not occur after the previous anchor in the rendered PDF");
            }
            offset = found + key.length();
            pages.computeIfAbsent(a.target(), t -> new HashMap<>()).put(a.index(), page + 1);
        }
        return pages;
    }

    private static int page(Map<Target, Map<Integer, Integer>> pages, Target target, int index, String what) {
        Integer p = pages.getOrDefault(target, Map.of()).get(index);
        if (p == null) {
            throw new AnchorNotFoundException("no anchor for " + target.name().toLowerCase(java.util.Locale.ROOT)
                    + " #" + index + " (" + what + ")");
        }
        return p;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
