package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.MergedEntry;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * DI1013: files that only belong on a developer's machine: version control directories ({@code .git},
 * {@code .svn}, {@code .hg}), editor settings ({@code .idea}, {@code .vscode}) and {@code .DS_Store}.
 * A {@code .git} directory gives away the whole source history, including removed secrets.
 */
public final class UnnecessaryFiles implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1013", "Development files left in the image",
            Severity.INFO, RuleCategory.SECURITY, RuleReferences.none());
    private static final Set<String> NAMES = Set.of(".git", ".svn", ".hg", ".idea", ".vscode", ".DS_Store");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        Map<String, MergedEntry> roots = new TreeMap<>();
        for (MergedEntry merged : context.image().files().values()) {
            String[] segments = merged.entry().path().split("/");
            StringBuilder prefix = new StringBuilder();
            for (String segment : segments) {
                prefix.append(prefix.isEmpty() ? "" : "/").append(segment);
                if (NAMES.contains(segment)) {
                    roots.merge(prefix.toString(), merged, (a, b) -> a.addedIn() <= b.addedIn() ? a : b);
                    break;
                }
            }
        }
        roots.forEach((root, merged) -> context.reportFile(merged.addedIn(), root, false, "/" + root + " is in the image:"
                + " it only matters on a developer's machine" + (root.endsWith(".git") ? " and exposes the source history" : "")
                + "; list it in .dockerignore", ""));
    }
}
