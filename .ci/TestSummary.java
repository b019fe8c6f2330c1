import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Sums target/surefire-reports/TEST-*.xml of every module into one line: N passed, N failed, N skipped. */
public class TestSummary {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        long tests = 0, failed = 0, skipped = 0;
        List<Path> reports;
        try (Stream<Path> s = Files.walk(root)) {
            reports = s.filter(p -> p.getFileName().toString().startsWith("TEST-")
                    && p.getFileName().toString().endsWith(".xml")
                    && p.getParent().getFileName().toString().equals("surefire-reports")).sorted().toList();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path r : reports) {
            Element e = f.newDocumentBuilder().parse(r.toFile()).getDocumentElement();
            tests += num(e, "tests");
            failed += num(e, "failures") + num(e, "errors");
            skipped += num(e, "skipped");
        }
        System.out.println((tests - failed - skipped) + " passed, " + failed + " failed, " + skipped + " skipped");
    }

    private static long num(Element e, String attr) {
        String v = e.getAttribute(attr);
        return v.isEmpty() ? 0 : Long.parseLong(v.trim());
    }
}
