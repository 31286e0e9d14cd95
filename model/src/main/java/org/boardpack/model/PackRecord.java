package org.boardpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.boardpack.model.tables.Table;

/**
 * The {@code boardpack/1} record of one source file (shared/spec/export-format.md). A list that
 * the extractors of this version do not produce is {@code null} ("not known"), never an empty list
 * that would claim there was nothing to find. {@code pages} is an addition to the format: the text
 * of every page, for full-text search. {@code warnings} is another: the record types an extractor
 * failed on for this file (those types are {@code null}); absent when every extractor ran.
 */
@JsonPropertyOrder({"schema", "source", "documents", "meetings", "agenda_items", "attendance",
        "decisions", "actions", "tables", "pages", "warnings"})
public record PackRecord(String schema, SourceInfo source, List<DocumentSpan> documents,
                         List<Meeting> meetings, List<AgendaItem> agendaItems,
                         List<Attendance> attendance, List<Decision> decisions,
                         List<Action> actions, List<Table> tables, List<PageText> pages,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<ExtractionWarning> warnings) {

    public static final String SCHEMA = "boardpack/1";

    /** A record without warnings: every extractor ran to its end. */
    public PackRecord(String schema, SourceInfo source, List<DocumentSpan> documents, List<Meeting> meetings,
                      List<AgendaItem> agendaItems, List<Attendance> attendance, List<Decision> decisions,
                      List<Action> actions, List<Table> tables, List<PageText> pages) {
        this(schema, source, documents, meetings, agendaItems, attendance, decisions, actions, tables, pages, null);
    }
}
