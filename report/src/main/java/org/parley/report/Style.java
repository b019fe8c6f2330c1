package org.parley.report;

/** The report's stylesheet, inlined into every report. */
final class Style {

    private Style() {
    }

    static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #222; margin: 2em auto;
                   max-width: 1100px; padding: 0 1em; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-top: 1.5em; }
            .meta, .note, figcaption, footer { color: #555; font-size: 0.9em; }
            nav ol { columns: 2; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.85em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .sourced { font-weight: bold; }
            .judgement { font-style: italic; color: #555; }
            .basis { font-size: 0.75em; vertical-align: super; }
            figure.chart { margin: 1em 0; overflow-x: auto; }
            figure.chart svg { display: block; max-width: 100%; height: auto; }
            .verdict { border: 2px solid #0072B2; background: #f3f8fc; padding: 0.5em 1em; margin: 1em 0; }
            .verdict p { margin: 0.6em 0; }
            footer { margin-top: 3em; border-top: 1px solid #ccc; padding-top: 0.5em; }
            """;
}
