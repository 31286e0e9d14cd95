package org.boardpack.extract.meetings;

import org.boardpack.model.meetings.Meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;

/** Test helpers: a drawn page's heading lines, and the meeting the extractor reads from a drawn paper. */
final class Headings {

    static final DateParser DATES = new DateParser();
    static final TimeParser TIMES = new TimeParser();

    private Headings() {
    }

    static List<HeadLine> lines(PdfFixture page, Path dir) throws IOException, IngestException {
        return HeadLine.of(page.ingest(dir, "heading.pdf").pages().getFirst().lines());
    }

    /** The meeting of the paper starting on {@code firstPage}, running to the end. */
    static java.util.Optional<Meeting> meeting(ParsedDocument doc, int firstPage) {
        return new MeetingExtractor(DATES, TIMES).extract(doc,
                new DocumentSpan(DocumentType.OTHER, null, firstPage, doc.pageCount(), null));
    }
}
