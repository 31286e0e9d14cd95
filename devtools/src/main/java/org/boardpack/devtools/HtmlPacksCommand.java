package org.boardpack.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.corpus.SampleCorpus;
import org.boardpack.corpus.html.AnswerRepaginator;
import org.boardpack.corpus.html.FodtWriter;
import org.boardpack.corpus.html.HtmlPacks;
import org.boardpack.corpus.html.HtmlWriter;
import org.boardpack.corpus.html.PackSource;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Development tool behind {@code corpus/render-html-packs.sh}: writes packs as HTML (for Chromium)
 * and flat ODT (for LibreOffice) with the plan's answers, and moves those answers onto the pages
 * of a PDF that LibreOffice or Chromium rendered from them.
 */
@Command(name = "html-packs", mixinStandardHelpOptions = true,
        description = {"Write packs as <name>.html and <name>.fodt with <name>.plan.json (answers with the PDFBox "
                + "pages), for rendering by Chromium and LibreOffice.",
                "With --repaginate PDF: write the answers for that rendered PDF as <pdf name>.json."})
final class HtmlPacksCommand implements Callable<Integer> {

    @Option(names = "--seed", required = true, description = "Seed of the first pack.")
    long seed;

    @Option(names = "--packs", defaultValue = "1", description = "Number of packs, seeds S, S+1, ... (default: 1).")
    int packs;

    @Option(names = "--style", required = true, description = "nhs or council.")
    String style;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--repaginate", paramLabel = "PDF", description = "A PDF rendered from the pack of --seed.")
    Path repaginate;

    @Option(names = "--pages-from", paramLabel = "JSON", description = "Council only: print the agenda's Page Nos. "
            + "from these repaginated answers (a second rendering pass).")
    Path pagesFrom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        if (repaginate != null) {
            PackSource pack = source(seed);
            byte[] pdf = Files.readAllBytes(repaginate);
            String file = repaginate.getFileName().toString();
            PackRecord answers = AnswerRepaginator.repaginate(pack.answers(), pack.anchors(), pdf, file);
            Path json = out.resolve(file.replaceFirst("\\.pdf$", "") + ".json");
            Files.writeString(json, SampleCorpus.answersJson(answers));
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        for (int i = 0; i < packs; i++) {
            PackSource pack = source(seed + i);
            Files.writeString(out.resolve(pack.name() + ".html"), HtmlWriter.write(pack.document()));
            Files.writeString(out.resolve(pack.name() + ".fodt"), FodtWriter.write(pack.document()));
            Files.writeString(out.resolve(pack.name() + ".plan.json"), SampleCorpus.answersJson(pack.answers()));
            spec.commandLine().getOut().println(pack.name());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private PackSource source(long s) throws IOException {
        if (pagesFrom == null) {
            return HtmlPacks.of(style, s);
        }
        ObjectMapper mapper = BoardpackJson.newMapper();
        return HtmlPacks.council(s, mapper.readValue(pagesFrom.toFile(), PackRecord.class));
    }
}
