package org.boardpack.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How wide the user's terminal is: {@code $COLUMNS} when set, else what {@code stty size} says of
 * the controlling terminal; 0 (unlimited) when output is not to a terminal, so pipes and files
 * get whole lines.
 */
final class TerminalWidth {

    private TerminalWidth() {
    }

    static int detect() {
        return detect(System.getenv(), System.console() != null);
    }

    static int detect(Map<String, String> env, boolean terminal) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            return Integer.parseInt(columns.strip());
        }
        return terminal ? stty() : 0;
    }

    private static int stty() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor(2, TimeUnit.SECONDS) && answer.matches("\\d+ \\d+")) {
                return Integer.parseInt(answer.split(" ")[1]);
            }
        } catch (IOException e) {
            // no stty (not a Unix terminal): fall through to the conventional width
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }
}
