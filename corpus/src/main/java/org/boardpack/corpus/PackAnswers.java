package org.boardpack.corpus;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.pdf.Bookmark;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.tables.Table;

/**
 * Collects the known answers while a pack is drawn: each renderer adds what it printed and on
 * which page, so the answers are true by construction. One instance per rendering.
 */
public final class PackAnswers {

    private final List<DocumentSpan> documents = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<AgendaItem> agendaItems = new ArrayList<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

    /** @param meeting the meeting the paper belongs to: the minutes' own, else the pack's */
    public void document(DocumentType type, String title, int first, int last, String meeting) {
        documents.add(new DocumentSpan(type, title, first, last, meeting));
    }

    public void meeting(Meeting m) {
        meetings.add(m);
    }

    public void agendaItem(AgendaItem a) {
        agendaItems.add(a);
    }

    public void attendance(Attendance a) {
        attendance.add(a);
    }

    public void decision(Decision d) {
        decisions.add(d);
    }

    public void action(Action a) {
        actions.add(a);
    }

    /**
     * A table as drawn, in drawing order (the order other producers print them in too). What is
     * answered as a table is what the renderers draw with {@code RuledTableDrawer}, ruled or not:
     * agendas, minutes tables, action logs, cover sheets, key-value headers, performance, finance
     * and dashboard tables, the work programme. Columns of text set with tab stops (the council's
     * name / role lists, the NHS attendance lists with initials on the right, hanging numbers) are
     * lists to a reader and are not answered, though a stream detector may well find them.
     */
    public void table(Table t) {
        tables.add(t);
    }

    public List<DocumentSpan> documents() {
        return List.copyOf(documents);
    }

    /** One bookmark per paper, at its first page, in the order the papers were drawn. */
    public List<Bookmark> outline() {
        return documents.stream().map(d -> new Bookmark(d.title(), d.firstPage())).toList();
    }

    /** The record, with {@code pages} null: this corpus does not answer the text of its pages. */
    public PackRecord build(SourceInfo source) {
        return new PackRecord(PackRecord.SCHEMA, source, List.copyOf(documents), List.copyOf(meetings),
                List.copyOf(agendaItems), List.copyOf(attendance), List.copyOf(decisions),
                List.copyOf(actions), List.copyOf(tables), null);
    }
}
