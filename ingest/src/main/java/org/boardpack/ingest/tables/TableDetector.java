package org.boardpack.ingest.tables;

import java.util.List;
import org.boardpack.ingest.Page;

/**
 * Finds the tables of one page. Implementations are stateless. {@code taken} are regions already
 * claimed by another detector (as {@code [x0, top, x1, bottom]}): a detector leaves them alone.
 */
public interface TableDetector {

    List<DetectedTable> detect(Page page, List<float[]> taken);
}
