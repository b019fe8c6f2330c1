package org.parley.report;

/**
 * The report's stylesheet, inlined into every report: readable from 800 px wide (tables wrap their words, charts
 * shrink to the column, two deal-space charts side by side only where they fit) to print (no navigation colours,
 * figures and tables kept whole, the rationales opened).
 */
final class Style {

    private Style() {
    }

    static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #222; margin: 0 auto;
                   max-width: 1100px; padding: 1em 1.2em 2em; line-height: 1.45; }
            h1 { font-size: 1.55em; margin: 0.3em 0 0.1em; }
            h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-top: 1.6em; }
            .meta, .note, figcaption, footer { color: #555; font-size: 0.9em; }
            #verdict h2 { margin-top: 0.8em; }
            .verdict { border-left: 6px solid #0072B2; background: #EEF5FB; padding: 0.6em 1.2em; margin: 0.8em 0;
                       font-size: 1.02em; }
            .verdict p { margin: 0.6em 0; }
            .verdict p:first-child { font-weight: bold; font-size: 1.08em; }
            nav.contents { background: #F6F6F6; padding: 0.4em 1.2em 0.6em; margin: 1.2em 0; }
            nav.contents h2 { border: none; margin: 0.4em 0; font-size: 1.1em; }
            nav.contents ol { margin: 0.2em 0; padding-left: 1.6em; }
            nav.contents ol ol { list-style: lower-alpha; font-size: 0.93em; }
            .wide { max-width: 100%; overflow-x: auto; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.85em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .num { font-variant-numeric: tabular-nums; }
            table.packages td.term .num { display: block; font-weight: bold; }
            table.packages td.same { color: #888; }
            table.packages td.same .num { font-weight: normal; }
            table.packages tr.summary td, table.packages tr.summary th { background: #FAFAFA; }
            td.passes { color: #0B6B3A; }
            td.blocked { color: #A4470B; }
            .words { display: block; color: #555; font-size: 0.9em; }
            .issue-name { display: block; font-weight: normal; color: #555; font-size: 0.85em; }
            .id { color: #777; font-size: 0.9em; font-weight: normal; }
            .locator { overflow-wrap: anywhere; }
            dl.package-list dt { font-weight: bold; margin-top: 0.4em; }
            dl.package-list dd { margin: 0.1em 0 0.4em 1.2em; }
            .sourced { font-weight: bold; }
            .judgement { font-style: italic; color: #555; }
            .basis { font-size: 0.75em; vertical-align: super; }
            tr.why td { background: #FAFAFA; font-size: 0.95em; }
            tr.why ul { margin: 0.3em 0; padding-left: 1.4em; }
            details summary { cursor: pointer; color: #0060A0; }
            ul.findings li, ol.findings li { margin: 0.35em 0; }
            p.phase-heading { font-weight: bold; margin: 1.2em 0 0.2em; }
            figure.chart { margin: 1em 0; }
            figure.chart svg { display: block; max-width: 100%; height: auto; }
            .figures { display: flex; flex-wrap: wrap; gap: 0 1.2em; }
            .figures figure.chart { flex: 1 1 420px; max-width: 520px; }
            footer { margin-top: 3em; border-top: 1px solid #ccc; padding-top: 0.5em; }
            @media (max-width: 900px) {
              body { padding: 0.5em 0.8em 1.5em; }
              table { font-size: 0.8em; }
              th, td { padding: 0.2em 0.35em; }
            }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              a { color: inherit; text-decoration: none; }
              nav.contents { background: none; padding: 0; }
              .wide { overflow: visible; }
              figure.chart, .verdict, tr { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              details summary { color: #222; }
            }
            """;
}
