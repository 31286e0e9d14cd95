package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentType;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of paper a bookmark's title names, for a paper whose first page gives no cue. Only the
 * words that name a kind count; a title that names none ({@code Work Programme 2017/18}) is
 * {@code other} rather than a guess.
 */
final class BookmarkTitles {

    /** Checked first: an {@code Appendix B: Action log} is attached as an appendix, whatever it holds. */
    private static final Pattern APPENDIX = Pattern.compile("^(appendix|annex|annexe)\\b");
    private static final Pattern MINUTES = Pattern.compile("\\b(minutes|meeting notes)\\b");
    /** {@code Agenda item 7 – Finance report} names the item a paper belongs to, not an agenda. */
    private static final Pattern AGENDA = Pattern.compile("\\bagenda\\b(?!\\s+item)");
    private static final Pattern COVER = Pattern.compile("\\bcover (sheet|note|paper)\\b");
    private static final Pattern APPENDIX_ANYWHERE = Pattern.compile("\\b(appendix|annex|annexe)\\b");
    private static final Pattern REPORT = Pattern.compile("\\b(report|paper)s?\\b");

    private BookmarkTitles() {
    }

    static DocumentType typeOf(String title) {
        String t = title.toLowerCase(Locale.ROOT).strip();
        if (APPENDIX.matcher(t).find()) {
            return DocumentType.APPENDIX;
        }
        if (HeadingWords.ACTION_LOG_TITLE.matcher(t).find()) {
            return DocumentType.ACTION_LOG;
        }
        if (MINUTES.matcher(t).find()) {
            return DocumentType.MINUTES;
        }
        if (AGENDA.matcher(t).find()) {
            return DocumentType.AGENDA;
        }
        if (COVER.matcher(t).find()) {
            return DocumentType.COVER_SHEET;
        }
        if (APPENDIX_ANYWHERE.matcher(t).find()) {
            return DocumentType.APPENDIX;
        }
        if (REPORT.matcher(t).find()) {
            return DocumentType.REPORT;
        }
        return DocumentType.OTHER;
    }
}
