package org.boardpack.extract.layout;

import java.util.regex.Pattern;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * Page numbers printed in the top or bottom margin ({@code Page 3 of 9}, {@code 12}, {@code - 4 -}):
 * not part of the text that flows across the page break.
 */
public final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–\\s]*(page\\s+)?\\d{1,4}(\\s+of\\s+\\d{1,4})?[-–\\s]*$");
    /** Share of the page height, from either edge, that counts as margin. */
    private static final float MARGIN = 0.1f;

    public boolean isFurniture(Page page, TextLine line) {
        boolean inMargin = line.bottom() > page.height() * (1 - MARGIN) || line.top() < page.height() * MARGIN;
        return inMargin && PAGE_NUMBER.matcher(line.text().strip()).matches();
    }
}
