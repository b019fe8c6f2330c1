package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The files one run writes: where each goes and the line that names it on stderr once the run's id is known
 * ({@code wrote report.html (run 12)}, or {@code wrote report.html} when nothing is recorded). In a rerun
 * ({@code --outputs-beside}) each output is staged and, once the new run is recorded, moved beside the original
 * run's ({@link RerunOutputs}). Made before the {@link Recorder}, so that outputs are checked before the store opens;
 * the recorder announces them.
 */
final class RunFiles implements Outputs.Sink {

    private final PrintWriter err;
    /** Where a rerun stages its outputs; null when outputs go where given. */
    private final RerunOutputs beside;
    private final List<Path> written = new ArrayList<>();

    private RunFiles(PrintWriter err, boolean beside) {
        this.err = err;
        this.beside = beside ? new RerunOutputs() : null;
    }

    /** The files of the command's run, beside the original's when {@code --outputs-beside} is given. */
    static RunFiles of(StoreOptions.Recording options, CommandSpec spec) {
        return new RunFiles(spec.commandLine().getErr(), options.outputsBeside && !options.noStore);
    }

    @Override
    public Path target(Path given) {
        return beside == null || given == null ? given : beside.stage(given);
    }

    @Override
    public void wrote(Path file) {
        written.add(file);
    }

    /**
     * Names the files written so far, with the run's id ({@code run} null: not recorded); first, in a rerun that
     * ended well ({@code ok}), moves its staged outputs beside the original's.
     */
    void announce(Long run, boolean ok) {
        try {
            if (beside != null && ok && run != null) {
                beside.place(run);
            }
            for (Path w : written) {
                Path shown = beside == null ? w : beside.placed(w);
                if (shown != null) {
                    Outputs.wrote(err, shown, run);
                }
            }
        } finally {
            written.clear();
        }
    }

    /** At the end of the command: deletes what a rerun staged and never moved; names files never announced. */
    void close() {
        if (beside != null) {
            beside.discard();
        } else if (!written.isEmpty()) {
            announce(null, false); // written, but the run was never recorded (it failed outside an analysis)
        }
    }
}
