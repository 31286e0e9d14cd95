package org.boardpack.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of {@code bench-ingest}: boardpack's ingest, or PDFBox's plain text. Each side is timed
 * in a JVM of its own, started like this one. In one JVM the two would share the JIT compiler's
 * work: ingest runs first and compiles PDFBox's parser and text engine, which PDFBox's stages then
 * find compiled, so the baseline would be measured warmer than the side compared with it.
 */
enum BenchSide {
    INGEST, PDFBOX;

    /** Receives each stage a side's JVM reports, as it reports it. */
    interface Report {
        void stage(String name, JsonNode measured) throws IOException;
    }

    /**
     * Runs {@code boardpack-dev ARGS --side THIS} in a new JVM with this JVM's options and class
     * path, handing each stage it reports (one JSON object a line) to {@code report}.
     *
     * @return the measures reported, in order
     * @throws IOException when the JVM cannot start or does not finish with exit code 0
     */
    List<JsonNode> run(List<String> args, ObjectMapper json, Report report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a debugger's agent listens on a port: a second JVM could not take it
            if (!option.startsWith("-agentlib:jdwp")) {
                command.add(option);
            }
        }
        // Lucene asks for native access; said here, the new JVM does not warn of it
        if (command.stream().noneMatch(o -> o.startsWith("--enable-native-access"))) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DevCommand.class.getName());
        command.addAll(args);
        command.add("--side=" + name());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<JsonNode> measured = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("{")) {
                    JsonNode node = json.readTree(line);
                    measured.add(node);
                    report.stage(node.get("stage").asText(), node);
                }
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            throw new IOException("the JVM timing " + label() + " stopped with exit code " + code);
        }
        return measured;
    }

    private String label() {
        return this == INGEST ? "ingest" : "PDFBox's plain text";
    }
}
