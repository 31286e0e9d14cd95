package org.boardpack.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.DocumentReader;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.xml.sax.SAXException;

/**
 * Word (DOCX, DOC), RTF, OpenDocument and HTML papers through Tika: its XHTML gives paragraphs,
 * headings and tables with their cell structure, laid out into the same page model as a PDF.
 * Such documents have no pages of their own; the layout's pages are A4 at a body size of 10pt.
 */
public final class TikaDocumentReader implements DocumentReader {

    private final Parser parser;
    private final String format;

    /** @param format short name written into the record, e.g. {@code docx} */
    public TikaDocumentReader(String format) {
        this(new AutoDetectParser(), format);
    }

    public TikaDocumentReader(Parser parser, String format) {
        this.parser = parser;
        this.format = format;
    }

    @Override
    public ParsedDocument read(Path file, String sha256, Deadline deadline) throws IngestException {
        XhtmlBlockHandler handler = new XhtmlBlockHandler();
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(FailureKind.ENCRYPTED, file, null, "the document is password-protected", e);
        } catch (TikaException | SAXException e) {
            throw new IngestException(FailureKind.DAMAGED, file, null, "Tika cannot parse it: " + message(e), e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, file, null, "cannot read it: " + message(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException(FailureKind.DAMAGED, file, null, "Tika cannot parse it: " + message(e), e);
        }
        // Tika parses in one call: the limit can only be checked once it returns
        deadline.check(file, null);
        List<Block> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            throw new IngestException(FailureKind.EMPTY, file, "the document has no text");
        }
        List<Page> pages = new SyntheticLayout().layout(blocks);
        String producer = metadata.get(TikaCoreProperties.CREATOR_TOOL);
        return new ParsedDocument(file, sha256, format, producer, pages);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }
}
