package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BookmarkTitlesTest {

    private static void type(DocumentType expected, String title) {
        assertEquals(expected, BookmarkTitles.typeOf(title), title);
    }

    @Test
    void theWordsThatNameAKindOfPaper() {
        type(DocumentType.AGENDA, "Partnership Board Agenda");
        type(DocumentType.MINUTES, "Minutes of the meeting held on 14 October 2020");
        type(DocumentType.MINUTES, "Board meeting notes");
        type(DocumentType.ACTION_LOG, "Action Log");
        type(DocumentType.ACTION_LOG, "Action tracker – updated 3 March");
        type(DocumentType.COVER_SHEET, "Cover sheet: Finance");
        type(DocumentType.APPENDIX, "Annex 2 – Dashboard");
        type(DocumentType.REPORT, "Chief Executive's Report");
        type(DocumentType.REPORT, "Paper C – Estates strategy");
    }

    @Test
    void anActionLogIsKnownByTheSameTitlesAsOnThePage() {
        type(DocumentType.ACTION_LOG, "Actions arising from the last meeting");
        type(DocumentType.ACTION_LOG, "Actions Tracker");
    }

    @Test
    void anAgendaItemIsNotAnAgendaNorAnAppendixItsContents() {
        type(DocumentType.REPORT, "Agenda item 7 – Finance report");
        type(DocumentType.APPENDIX, "Appendix B: Action log");
    }

    @Test
    void aTitleNamingNoKindIsOther() {
        type(DocumentType.OTHER, "Work Programme 2017/18");
        type(DocumentType.OTHER, "Management Accounts");
    }
}
