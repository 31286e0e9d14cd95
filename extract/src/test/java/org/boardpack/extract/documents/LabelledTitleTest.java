package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledTitleTest {

    private final DocumentSegmenter segmenter = new DocumentSegmenter(new DateParser());

    @TempDir
    Path tmp;

    private List<String> titles(PdfFixture pdf) throws Exception {
        return segmenter.segment(pdf.ingest(tmp, "pack.pdf")).stream()
                .map(s -> s.type() + ": " + s.title()).toList();
    }

    /** A modern.gov report: the labelled subject is its title, its wrapped line joined. */
    @Test
    void aReportsLabelledSubjectIsItsTitle() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Report of:").text(200, 60, "Head of Planning")
                .text(72, 76, "Date:").text(200, 76, "17 April 2024")
                .text(72, 92, "Subject:").text(200, 92, "Land at Mill Lane, Westbury – erection of 24 dwellings")
                .text(200, 104, "with associated access")
                .text(72, 120, "Author:").text(200, 120, "Kate Marsh, Head of Planning")
                .text(72, 150, "1. Purpose of Report", 11, true)
                .text(72, 166, "1.1 To determine an application for 24 dwellings.");
        assertEquals(List.of("REPORT: Land at Mill Lane, Westbury – erection of 24 dwellings with associated access"),
                titles(pdf));
    }

    /** A cover sheet's label set apart from its value as a table's first cell, without a colon. */
    @Test
    void aCoverSheetsReportTitleCellIsItsTitle() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Report to").text(250, 60, "Board of Directors")
                .text(72, 80, "Report title").text(250, 80, "Chief Executive’s Report")
                .text(72, 100, "Executive lead").text(250, 100, "Dr James Okafor, Chief Executive")
                .text(72, 120, "Purpose of the report").text(250, 120, "Assurance");
        assertEquals(List.of("COVER_SHEET: Chief Executive’s Report"), titles(pdf));
    }

    /** A label word opening a sentence is no label: the subject needs its colon or a cell of its own. */
    @Test
    void aSentenceOpeningWithTheLabelWordIsNoTitle() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Report of: Head of Planning")
                .text(72, 80, "Subject to the conditions below, the application is recommended for approval.")
                .text(72, 110, "1. Purpose of Report", 11, true);
        assertEquals(List.of("REPORT: null"), titles(pdf));
    }
}
