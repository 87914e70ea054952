package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DD5014: compilers and build tools installed in the final stage, and not removed there, ship in the
 * image: more to patch, more for an intruder to use. A build stage keeps them out.
 */
public final class BuildToolchainInFinalStage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5014", "Keep build tools out of the final image",
            Severity.INFO, RuleCategory.IMAGE_SIZE,
            RuleReferences.none().withCisDockerBenchmark("4.3").withNistSp800190("4.1.1"));

    private static final Set<String> TOOLCHAIN = Set.of("gcc", "g++", "gcc-c++", "clang", "llvm", "make", "cmake",
            "build-essential", "build-base", "autoconf", "automake", "libtool", "pkg-config", "pkgconf", "git",
            "musl-dev", "libc6-dev", "libc-dev", "glibc-devel", "golang", "go", "rustc", "cargo", "maven", "gradle");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Optional<Stage> last = context.dockerfile().finalStage();
        if (last.isEmpty()) {
            return;
        }
        List<HardeningShell.RunCommand> commands = HardeningShell.commands(context, last.get().instructions());
        Set<String> removed = new HashSet<>();
        for (HardeningShell.RunCommand each : commands) {
            HardeningPackages.removed(each.command()).forEach(word -> removed.add(HardeningPackages.name(word)));
        }
        for (HardeningShell.RunCommand each : commands) {
            String virtual = HardeningPackages.virtualPackage(each.command());
            if (!virtual.isEmpty() && removed.contains(virtual)) {
                continue;
            }
            for (ShellWord word : HardeningPackages.installed(each.command())) {
                String name = HardeningPackages.name(word);
                if (TOOLCHAIN.contains(name) && !removed.contains(name)) {
                    context.report(word.range(), "The build tool " + name + " stays in the final image: build in an"
                            + " earlier stage and COPY --from it only what runs, or remove " + name + " in the same RUN");
                }
            }
        }
    }
}
