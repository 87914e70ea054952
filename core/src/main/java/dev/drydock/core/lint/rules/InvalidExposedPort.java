package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.ExposeInstruction;
import dev.drydock.core.dockerfile.instruction.ExposedPort;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD3011 (Hadolint DL3011): EXPOSE takes ports from 0 to 65535 (or a range of them); Docker rejects others. */
public final class InvalidExposedPort implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3011", "Valid UNIX ports range from 0 to 65535",
            Severity.ERROR, RuleCategory.SYNTAX, RuleReferences.none().withHadolint("DL3011"));

    private static final int HIGHEST_PORT = 65535;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof ExposeInstruction expose)) {
                continue;
            }
            for (ExposedPort port : expose.ports()) {
                String value = context.dockerfile().expand(expose, port.port());
                if (value.contains("$") || value.isEmpty()) {
                    continue; // a build argument without default: nothing to judge
                }
                if (!isValid(value)) {
                    context.report(port.word().range(), "Invalid port " + value + ": ports range from 0 to " + HIGHEST_PORT);
                }
            }
        }
    }

    private static boolean isValid(String port) {
        int dash = port.indexOf('-');
        if (dash < 0) {
            return isPortNumber(port);
        }
        return isPortNumber(port.substring(0, dash)) && isPortNumber(port.substring(dash + 1));
    }

    private static boolean isPortNumber(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(text) <= HIGHEST_PORT;
    }
}
