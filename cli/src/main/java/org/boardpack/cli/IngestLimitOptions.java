package org.boardpack.cli;

import org.boardpack.ingest.IngestLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --max-file-size SIZE --max-pages N}: how big a file one ingest run will read. A wrong
 * value is a usage error naming its option.
 */
final class IngestLimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = FileSizeConverter.class,
            description = "Refuse (as 'too large') files bigger than SIZE, before reading them: 500MB, 2GB, "
                    + "800KB or bytes (default: 500MB).")
    Long maxFileSize;

    @Option(names = "--max-pages", paramLabel = "N", converter = PositiveCount.class,
            description = "Refuse (as 'too large') files of more than N pages, before parsing a page (default: 5000).")
    Integer maxPages;

    /** The limits asked for, the defaults where not given. */
    IngestLimits limits() {
        return new IngestLimits(maxFileSize == null ? IngestLimits.DEFAULTS.maxBytes() : maxFileSize,
                maxPages == null ? IngestLimits.DEFAULTS.maxPages() : maxPages);
    }

    /** A whole number from 1 up. */
    static final class PositiveCount implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below, with what is expected
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number from 1 up");
        }
    }
}
