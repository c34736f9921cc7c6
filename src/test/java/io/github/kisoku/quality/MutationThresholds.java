package io.github.kisoku.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mutation gate per package (issues 6 and 14): PIT checks score and strength over the whole
 * library; this checks each rule package too, from PIT's {@code mutations.xml}, so a package cannot
 * hide behind the others. Run by the {@code mutation} profile after PIT:
 * {@code java … MutationThresholds target/pit-reports/mutations.xml 90}.
 *
 * <p>Score: killed mutants (timeouts, memory and run errors count as killed, as PIT counts them)
 * over all mutants. Strength: killed over the mutants some test reached.
 */
public final class MutationThresholds {
    private MutationThresholds() {
    }

    /**
     * Prints each package's score and strength and fails when one is below the threshold.
     *
     * @param args the report's path and the threshold in per cent
     * @throws Exception if the report cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        double threshold = Double.parseDouble(args[1]);
        if (!Files.exists(report)) {
            throw new IllegalStateException("no mutation report at " + report + " (was PIT skipped?)");
        }
        NodeList mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("mutation");
        Map<String, int[]> byPackage = new TreeMap<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            String cls = m.getElementsByTagName("mutatedClass").item(0).getTextContent();
            String status = m.getAttribute("status");
            int[] counts = byPackage.computeIfAbsent(cls.substring(0, cls.lastIndexOf('.')), p -> new int[3]);
            counts[0]++;
            if (!status.equals("NO_COVERAGE")) {
                counts[1]++;
            }
            if (status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR")
                    || status.equals("RUN_ERROR")) {
                counts[2]++;
            }
        }
        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int[] c = e.getValue();
            double score = 100.0 * c[2] / c[0];
            double strength = c[1] == 0 ? 100.0 : 100.0 * c[2] / c[1];
            System.out.printf("%-32s %5d mutants  score %5.1f %%  strength %5.1f %%%n", e.getKey(), c[0], score,
                    strength);
            if (score < threshold || strength < threshold) {
                failures.append(String.format("%n  %s: score %.1f %%, strength %.1f %% (threshold %.0f %%)", e.getKey(),
                        score, strength, threshold));
            }
        }
        if (failures.length() > 0) {
            throw new IllegalStateException("mutation testing below the threshold in:" + failures);
        }
    }
}
