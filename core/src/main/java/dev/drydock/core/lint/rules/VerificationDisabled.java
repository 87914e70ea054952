package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.ArgDeclaration;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.EnvInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.KeyValue;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DD5003: TLS certificate or package signature checks switched off ({@code curl -k},
 * {@code wget --no-check-certificate}, {@code pip --trusted-host}, {@code apk --allow-untrusted},
 * {@code NODE_TLS_REJECT_UNAUTHORIZED=0}…), so anyone on the network path can change what is installed.
 */
public final class VerificationDisabled implements DockerfileRule {

    private static final Pattern VERSIONED_PIP = Pattern.compile("pip[0-9.]+");
    private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");
    private static final Pattern SHORT_FLAGS = Pattern.compile("-[a-zA-Z]+");

    private static final RuleMetadata METADATA = new RuleMetadata("DD5003", "Do not disable TLS or signature verification",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.11").withNistSp800190("4.1.3"));

    /** Flags that switch a check off, by the program that takes them. */
    private static final Map<String, List<String>> FLAGS = Map.ofEntries(
            Map.entry("curl", List.of("-k", "--insecure")),
            Map.entry("wget", List.of("--no-check-certificate")),
            Map.entry("apt-get", List.of("--allow-unauthenticated", "--allow-insecure-repositories", "--no-check-gpg")),
            Map.entry("apt", List.of("--allow-unauthenticated", "--allow-insecure-repositories")),
            Map.entry("apk", List.of("--allow-untrusted")),
            Map.entry("rpm", List.of("--nosignature", "--nodigest")),
            Map.entry("yum", List.of("--nogpgcheck")),
            Map.entry("dnf", List.of("--nogpgcheck")),
            Map.entry("microdnf", List.of("--nogpgcheck")),
            Map.entry("zypper", List.of("--no-gpg-checks")),
            Map.entry("npm", List.of("--strict-ssl=false")),
            Map.entry("yarn", List.of("--strict-ssl=false")),
            Map.entry("pip", List.of("--trusted-host")),
            Map.entry("pip3", List.of("--trusted-host")));

    /** The flags of {@link #FLAGS} that switch off package signatures rather than TLS. */
    private static final Set<String> SIGNATURE_FLAGS = Set.of("--allow-unauthenticated", "--allow-insecure-repositories",
            "--no-check-gpg", "--allow-untrusted", "--nosignature", "--nodigest", "--nogpgcheck", "--no-gpg-checks");

    /** Environment variables whose value switches verification off. */
    private static final Map<String, List<String>> VARIABLES = Map.of(
            "NODE_TLS_REJECT_UNAUTHORIZED", List.of("0"),
            "PYTHONHTTPSVERIFY", List.of("0"),
            "GIT_SSL_NO_VERIFY", List.of("1", "true", "yes", "on"),
            "NPM_CONFIG_STRICT_SSL", List.of("false"),
            "CURL_INSECURE", List.of("1", "true"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (HardeningShell.RunCommand each : HardeningShell.commands(context)) {
            checkCommand(context, each.command());
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof EnvInstruction env) {
                List<SourceRange> pairs = env.variables().stream().map(KeyValue::range).toList();
                for (int i = 0; i < pairs.size(); i++) {
                    KeyValue pair = env.variables().get(i);
                    if (disables(pair.key().value(), pair.value().value())) {
                        Optional<Fix> fix = Optional.of(context.fix("Remove " + pair.key().value(), Fix.Safety.NEEDS_REVIEW,
                                pairs.size() == 1 ? HardeningShell.deleteInstruction(context, env) : HardeningShell.deleteItem(pairs, i)));
                        context.report(pair.range(), pair.key().value() + "=" + pair.value().value()
                                + " turns TLS verification off for every later step and for the container", fix.stream().toList());
                    }
                }
            } else if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    declaration.defaultValue().filter(value -> disables(declaration.name().value(), value.value()))
                            .ifPresent(value -> context.report(declaration.range(), declaration.name().value() + "="
                                    + value.value() + " turns TLS verification off for the build"));
                }
            }
        }
    }

    private void checkCommand(RuleContext context, ShellCommand command) {
        for (ShellWord assignment : command.assignments()) {
            checkAssignment(context, command, assignment);
        }
        int program = HardeningShell.programIndex(command);
        if (program < 0) {
            return;
        }
        String name = HardeningShell.baseName(command.words().get(program).value());
        if (name.equals("export")) {
            command.arguments().forEach(word -> checkAssignment(context, command, word));
            return;
        }
        List<ShellWord> arguments = command.words().subList(program + 1, command.words().size());
        if (VERSIONED_PIP.matcher(name).matches()) {
            name = "pip";
        }
        if (PYTHON.matcher(name).matches() && arguments.size() > 1
                && arguments.get(0).value().equals("-m") && arguments.get(1).value().equals("pip")) {
            name = "pip";
        }
        if (name.equals("git")) {
            checkGit(context, command, arguments);
        } else if ((name.equals("npm") || name.equals("yarn") || name.equals("pnpm")) && setsStrictSslOff(arguments)) {
            context.report(command.range(), name + " is told not to verify the registry's TLS certificate");
        }
        for (String flag : FLAGS.getOrDefault(name, List.of())) {
            for (ShellWord word : arguments) {
                if (matches(word.value(), flag)) {
                    reportFlag(context, command, word, flag);
                }
            }
        }
    }

    private static boolean matches(String value, String flag) {
        if (value.equals(flag) || value.startsWith(flag + "=")) {
            return true;
        }
        boolean shortFlag = flag.length() == 2 && flag.charAt(1) != '-';
        return shortFlag && SHORT_FLAGS.matcher(value).matches() && value.indexOf(flag.charAt(1)) > 0;
    }

    private static void reportFlag(RuleContext context, ShellCommand command, ShellWord word, String flag) {
        String message = word.value() + " switches off " + (SIGNATURE_FLAGS.contains(flag)
                ? "package signature verification" : "TLS certificate verification");
        if (word.value().equals(flag) && flag.equals("--trusted-host")) {
            Optional<ShellWord> host = HardeningShell.wordAfter(command, word);
            List<Fix> fixes = host.map(h -> List.of(context.fix("Remove " + flag + " " + h.value(), Fix.Safety.NEEDS_REVIEW,
                    HardeningShell.deleteWords(context, command, word, h)))).orElse(List.of());
            context.report(word.range(), message, fixes);
        } else if (word.value().equals(flag) || flag.startsWith("--") && word.value().startsWith(flag + "=")) {
            context.report(word.range(), message, context.fix("Remove " + word.value(), Fix.Safety.NEEDS_REVIEW,
                    HardeningShell.deleteWord(context, command, word)));
        } else {
            context.report(word.range(), message);
        }
    }

    private static void checkAssignment(RuleContext context, ShellCommand command, ShellWord word) {
        int equals = word.value().indexOf('=');
        if (equals <= 0 || !disables(word.value().substring(0, equals), word.value().substring(equals + 1))) {
            return;
        }
        int index = command.words().indexOf(word);
        Optional<TextEdit> removal = index > 0
                ? Optional.of(HardeningShell.deleteWord(context, command, word))
                : HardeningShell.wordAfter(command, word).map(next ->
                        TextEdit.delete(word.range().startOffset(), next.range().startOffset()));
        context.report(word.range(), word.value() + " turns TLS verification off", removal.map(edit ->
                context.fix("Remove " + word.value(), Fix.Safety.NEEDS_REVIEW, edit)).stream().toList());
    }

    private static void checkGit(RuleContext context, ShellCommand command, List<ShellWord> arguments) {
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).value().equals("-c") && isSslVerifyOff(arguments.get(i + 1).value())) {
                ShellWord setting = arguments.get(i + 1);
                context.report(HardeningShell.span(arguments.get(i).range(), setting.range()),
                        "git is told not to verify the server's TLS certificate",
                        context.fix("Remove -c " + setting.value(), Fix.Safety.NEEDS_REVIEW,
                                HardeningShell.deleteWords(context, command, arguments.get(i), setting)));
            }
        }
        if (!arguments.isEmpty() && arguments.get(0).value().equals("config")) {
            for (int i = 1; i + 1 < arguments.size(); i++) {
                if (arguments.get(i).value().toLowerCase(Locale.ROOT).equals("http.sslverify")
                        && isFalse(arguments.get(i + 1).value())) {
                    context.report(command.range(), "git is configured not to verify servers' TLS certificates");
                }
            }
        }
    }

    private static boolean isSslVerifyOff(String setting) {
        String lower = setting.toLowerCase(Locale.ROOT);
        return lower.startsWith("http.sslverify=") && isFalse(lower.substring("http.sslverify=".length()));
    }

    private static boolean setsStrictSslOff(List<ShellWord> arguments) {
        List<String> values = arguments.stream().map(w -> w.value().toLowerCase(Locale.ROOT)).toList();
        int set = values.indexOf("set");
        if (set < 0 || set + 1 >= values.size()) {
            return false;
        }
        String key = values.get(set + 1);
        return key.equals("strict-ssl=false") || key.equals("strict-ssl") && set + 2 < values.size() && isFalse(values.get(set + 2));
    }

    private static boolean isFalse(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals("false") || lower.equals("0") || lower.equals("no") || lower.equals("off");
    }

    private static boolean disables(String name, String value) {
        List<String> offValues = VARIABLES.get(name.toUpperCase(Locale.ROOT));
        return offValues != null && offValues.contains(value.toLowerCase(Locale.ROOT).strip());
    }
}
