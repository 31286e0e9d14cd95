package org.boardpack.corpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;

class AnswerRepaginatorTest {

    private static final String M = "board/2020-01-01";

    /** Four pages; words split across text-shows and a line-end hyphen, as other producers print them. */
    private static byte[] pdf() throws IOException {
        List<List<String>> pages = List.of(
                List.of("Board Agenda", "1. Welcome and intro", "2. Minutes of the last meeting"),
                List.of("Board Minutes", "Dr Ann Lee (Chair)", "Bob Stone (Finance Direc", "tor)"),
                List.of("Agreed: to approve the multi-", "agency plan for winter", "Action 3 Chair"),
                List.of("Action Log", "7 01-Dec-19 Review the estates strategy"));
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 700;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(72, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 16;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Answers with every page wrong (99), to be set from the PDF. */
    private static PackRecord answers() {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo("plan.pdf", "x", 1, "pdf"),
                List.of(new DocumentSpan(DocumentType.AGENDA, "Board Agenda", 99, 99, M),
                        new DocumentSpan(DocumentType.MINUTES, "Board Minutes", 99, 99, M),
                        new DocumentSpan(DocumentType.ACTION_LOG, "Board Action Log", 99, 99, M)),
                List.of(), List.of(new AgendaItem(M, "1", "Welcome and intro", null, null, 99),
                        new AgendaItem(M, "2", "Minutes of the last meeting", null, null, 99)),
                List.of(new Attendance(M, "Ann Lee", "Dr", "Chair", null, AttendanceStatus.PRESENT, 99),
                        new Attendance(M, "Bob Stone", null, "Finance Director", null, AttendanceStatus.PRESENT, 99)),
                List.of(new Decision(M, "4", null, DecisionKind.AGREED, "to approve the multi-agency plan for winter",
                        null, 99)),
                List.of(new Action(ActionSource.MINUTES, M, "3", "Plan", null, "Chair", null, null, null, null, null,
                        null, 99),
                        new Action(ActionSource.ACTION_LOG, M, "7", "Estates", "Review the estates strategy", null,
                                null, null, null, null, null, null, 99)),
                null, null);
    }

    private static List<Anchor> anchors(String lastAnchor) {
        return List.of(new Anchor(Target.DOCUMENT, 0, "Board Agenda"),
                new Anchor(Target.AGENDA_ITEM, 0, "1. Welcome and intro"),
                new Anchor(Target.AGENDA_ITEM, 1, "2. Minutes of the last meeting"),
                new Anchor(Target.DOCUMENT, 1, "Board Minutes"),
                new Anchor(Target.ATTENDANCE, 0, "Dr Ann Lee (Chair)"),
                new Anchor(Target.ATTENDANCE, 1, "Bob Stone (Finance Director)"),
                new Anchor(Target.DECISION, 0, "Agreed: to approve the multi-agency plan"),
                new Anchor(Target.ACTION, 0, "Action 3 Chair"),
                new Anchor(Target.DOCUMENT, 2, "Action Log"),
                new Anchor(Target.ACTION, 1, lastAnchor));
    }

    @Test
    void setsEveryPageFromTheAnchors() throws IOException {
        byte[] pdf = pdf();
        PackRecord r = AnswerRepaginator.repaginate(answers(), anchors("7 01-Dec-19"), pdf, "x-chromium.pdf");
        assertEquals(List.of(1, 2, 4), r.documents().stream().map(DocumentSpan::firstPage).toList());
        assertEquals(List.of(1, 3, 4), r.documents().stream().map(DocumentSpan::lastPage).toList());
        assertEquals(List.of(1, 1), r.agendaItems().stream().map(AgendaItem::page).toList());
        assertEquals(List.of(2, 2), r.attendance().stream().map(Attendance::page).toList());
        assertEquals(3, r.decisions().get(0).page());
        assertEquals(List.of(3, 4), r.actions().stream().map(Action::page).toList());
        assertEquals(new SourceInfo("x-chromium.pdf", SourceInfos.sha256(pdf), 4, "pdf"), r.source());
    }

    @Test
    void searchesForwardFromThePreviousAnchor() throws IOException {
        // "Action" also occurs earlier on page 3, but after "Action 3 Chair" only on page 4
        List<Anchor> anchors = List.of(new Anchor(Target.DECISION, 0, "Action 3 Chair"),
                new Anchor(Target.ACTION, 0, "Action"));
        var pages = AnswerRepaginator.locate(anchors, PdfPageTexts.read(pdf()));
        assertEquals(3, pages.get(Target.DECISION).get(0));
        assertEquals(4, pages.get(Target.ACTION).get(0));
    }

    @Test
    void failsNamingTheAnchorThatIsNotFound() throws IOException {
        var e = assertThrows(AnswerRepaginator.AnchorNotFoundException.class,
                () -> AnswerRepaginator.repaginate(answers(), anchors("8 02-Dec-19"), pdf(), "x.pdf"));
        assertTrue(e.getMessage().contains("action #1 \"8 02-Dec-19\""), e.getMessage());
    }

    @Test
    void failsWhenAnAnswerHasNoAnchor() throws IOException {
        List<Anchor> missing = anchors("7 01-Dec-19").subList(0, 9);
        var e = assertThrows(AnswerRepaginator.AnchorNotFoundException.class,
                () -> AnswerRepaginator.repaginate(answers(), missing, pdf(), "x.pdf"));
        assertTrue(e.getMessage().contains("no anchor for action #1"), e.getMessage());
    }
}
