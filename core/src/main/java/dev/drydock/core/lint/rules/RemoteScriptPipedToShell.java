package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.shell.Connector;
import dev.drydock.core.dockerfile.shell.Redirect;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DD5001: a script downloaded and run in one go ({@code curl … | sh}, {@code bash <(curl …)},
 * {@code sh -c "$(curl …)"}) runs whatever the server sends that day, unverified.
 */
public final class RemoteScriptPipedToShell implements DockerfileRule {

    private static final Pattern COMMAND_STRING_FLAG = Pattern.compile("-[a-z]*c[a-z]*");
    private static final Pattern WGET_TO_STDOUT = Pattern.compile("-[a-zA-Z]*O-");

    private static final RuleMetadata METADATA = new RuleMetadata("DD5001", "Do not pipe a downloaded script into a shell",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN,
            RuleReferences.none().withCisDockerBenchmark("4.11").withNistSp800190("4.1.3"));

    static final String SCRIPT = "/tmp/install.sh";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (HardeningShell.RunCommand each : HardeningShell.commands(context)) {
            ShellScript script = each.script();
            ShellCommand command = each.command();
            if (isDownload(command)) {
                Optional<ShellCommand> target = script.pipedInto(command);
                boolean direct = true;
                while (target.isPresent() && target.get().isNamed("tee")) {
                    target = script.pipedInto(target.get());
                    direct = false;
                }
                if (target.isPresent() && HardeningShell.runsShell(target.get())) {
                    ShellCommand shell = target.get();
                    context.report(HardeningShell.span(command.range(), shell.range()), "A downloaded script is piped into "
                            + shell.baseName() + ": download it to a file, verify its checksum, then run it",
                            direct ? fixes(context, script, command, shell) : List.of());
                }
            } else if (HardeningShell.runsShell(command) && runsDownloadedText(script, command)) {
                SourceRange range = script.next(command).filter(next -> next.depth() > command.depth())
                        .map(next -> HardeningShell.span(command.range(), next.range())).orElse(command.range());
                context.report(range, "A downloaded script is run by " + command.baseName()
                        + " without being verified: download it to a file, verify its checksum, then run it");
            }
        }
    }

    private static boolean isDownload(ShellCommand command) {
        return command.isNamed("curl", "wget");
    }

    /** {@code bash <(curl …)} or {@code sh -c "$(curl …)"}. */
    private static boolean runsDownloadedText(ShellScript script, ShellCommand shell) {
        List<ShellWord> words = shell.words();
        for (int i = HardeningShell.programIndex(shell) + 1; i + 1 < words.size(); i++) {
            if (COMMAND_STRING_FLAG.matcher(words.get(i).value()).matches()) {
                String code = words.get(i + 1).value();
                if (code.contains("$(curl ") || code.contains("$(wget ") || code.contains("`curl ") || code.contains("`wget ")) {
                    return true;
                }
            }
        }
        boolean readsSubstitution = shell.redirects().stream().anyMatch(r -> r.operator().equals("<") && r.target().isEmpty());
        Optional<ShellCommand> next = script.next(shell);
        return readsSubstitution && next.isPresent() && next.get().depth() > shell.depth() && isDownload(next.get());
    }

    private static List<Fix> fixes(RuleContext context, ShellScript script, ShellCommand download, ShellCommand shell) {
        boolean standsAlone = script.previous(download).map(p -> joinsSafely(p.connectorAfter())).orElse(true)
                && (joinsSafely(shell.connectorAfter()) || shell.connectorAfter() == Connector.END)
                && download.redirects().isEmpty() && shell.redirects().isEmpty();
        Optional<String> fetch = fetchToFile(download);
        if (!standsAlone || fetch.isEmpty()) {
            return List.of();
        }
        String steps = fetch.get()
                + " && echo \"<sha256-of-the-script>  " + SCRIPT + "\" > " + SCRIPT + ".sha256"
                + " && sha256sum -c " + SCRIPT + ".sha256"
                + " && " + runScript(shell)
                + " && rm -f " + SCRIPT + " " + SCRIPT + ".sha256";
        return List.of(context.fix("Download, verify the checksum, then run the script", Fix.Safety.NEEDS_REVIEW,
                context.replace(HardeningShell.span(download.range(), shell.range()), steps)));
    }

    private static boolean joinsSafely(Connector connector) {
        return connector == Connector.AND || connector == Connector.SEQUENCE || connector == Connector.NEWLINE;
    }

    /** The download command writing to {@link #SCRIPT} instead of its standard output. */
    private static Optional<String> fetchToFile(ShellCommand download) {
        List<String> words = new ArrayList<>();
        boolean curl = download.isNamed("curl");
        boolean toStdout = curl;
        List<ShellWord> all = download.words();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i).text();
            String value = all.get(i).value();
            if (curl && (value.equals("-o") || value.equals("-O") || value.startsWith("--output") || value.startsWith("--remote-name"))) {
                return Optional.empty();
            }
            if (!curl && (value.equals("-O") || value.equals("--output-document")) && i + 1 < all.size() && all.get(i + 1).value().equals("-")) {
                words.add(value + " " + SCRIPT);
                i++;
                toStdout = true;
            } else if (!curl && value.equals("--output-document=-")) {
                words.add("--output-document=" + SCRIPT);
                toStdout = true;
            } else if (!curl && WGET_TO_STDOUT.matcher(value).matches()) {
                words.add(value.substring(0, value.length() - 1) + " " + SCRIPT);
                toStdout = true;
            } else {
                words.add(text);
            }
        }
        if (!toStdout) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words) + (curl ? " -o " + SCRIPT : ""));
    }

    /** The shell command running {@link #SCRIPT}: its options kept, {@code -s}/{@code -} dropped, script arguments after it. */
    private static String runScript(ShellCommand shell) {
        List<ShellWord> words = shell.words();
        int program = HardeningShell.programIndex(shell);
        List<String> before = new ArrayList<>();
        for (int i = 0; i <= program; i++) {
            before.add(words.get(i).text());
        }
        List<String> options = new ArrayList<>();
        List<String> scriptArguments = new ArrayList<>();
        boolean afterStdinFlag = false;
        for (int i = program + 1; i < words.size(); i++) {
            String value = words.get(i).value();
            if (!afterStdinFlag && (value.equals("-s") || value.equals("-"))) {
                afterStdinFlag = true;
                if (i + 1 < words.size() && words.get(i + 1).value().equals("--")) {
                    i++;
                }
            } else if (afterStdinFlag) {
                scriptArguments.add(words.get(i).text());
            } else {
                options.add(words.get(i).text());
            }
        }
        List<String> all = new ArrayList<>(before);
        all.addAll(options);
        all.add(SCRIPT);
        all.addAll(scriptArguments);
        return String.join(" ", all);
    }
}
