package org.boardpack.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A size as an operator writes it: {@code 500MB}, {@code 2GB}, {@code 1.5G}, {@code 800KB} or bytes
 * ({@code 1048576}). Units are binary (1 MB = 1024 KB), as {@code ls -lh} and {@code du -h} count,
 * so a limit and the size a refusal reports match what the operator sees on disk.
 */
final class FileSizeConverter implements CommandLine.ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)B?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Long> UNITS = Map.of("", 1L, "K", 1L << 10, "M", 1L << 20, "G", 1L << 30,
            "T", 1L << 40);

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a size: write it as 500MB, 2GB, 800KB or a number of bytes");
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNITS.get(m.group(2).toUpperCase(Locale.ROOT))));
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size from 1 byte up");
        }
        return bytes.longValue();
    }
}
