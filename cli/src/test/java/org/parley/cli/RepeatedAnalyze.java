package org.parley.cli;

/** A child process for the SIGKILL test: runs 'parley analyze' on the flagship again and again, recording each run. */
public final class RepeatedAnalyze {

    private RepeatedAnalyze() {
    }

    public static void main(String[] args) {
        while (true) {
            int code = Parley.commandLine().execute("analyze", RunsCommandTest.FLAGSHIP, "--db", args[0], "--json");
            if (code != 0) {
                System.exit(code);
            }
        }
    }
}
