package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.UserInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.image.attribution.DockerfileAttribution;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.vuln.match.PackageUpgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * "Upgrade these packages": one step in the final stage that upgrades the installed binary packages
 * with a fixed vulnerability, in the stage's package manager.
 *
 * <p>Where: after the last instruction of the final stage that installs packages with that manager,
 * or that the image's history says made a layer holding an affected package; right after {@code FROM}
 * when there is none (the packages came with the base image). Later is better than right after
 * {@code FROM}: packages the stage installs itself are then upgraded too, and a later pinned install
 * cannot take an upgrade back. When a non-root {@code USER} is in effect there, the step goes before that
 * {@code USER}, since upgrades need root.
 *
 * <p>Needs review: it changes what the image contains, and is a stop-gap until the base image ships
 * the fixes. The step names packages without versions, on purpose: distribution mirrors keep only the
 * newest build of a package, so a pin to the minimal fixed version breaks the build with the next
 * security update; {@code --only-upgrade}/{@code upgrade} never installs what is not there and never
 * downgrades. DD3008 may therefore ask to pin the apt packages, and DD3059 to join the step with a short
 * neighbouring {@code RUN}; no rule about package hygiene (clean-up, {@code -y}, recommends,
 * {@code --no-cache}, whole-system upgrades) is triggered.
 */
public final class OsUpgradeAdvice {

    private static final int MOST_PACKAGES_ON_ONE_LINE = 3;

    private OsUpgradeAdvice() {
    }

    /**
     * @param upgrades    the report's active upgrades; language packages and hidden packages are skipped
     * @param attribution which final-stage instruction made each layer of the image
     * @param imageHas    whether the image has a file ({@code usr/bin/microdnf}); picks the RPM front-end
     */
    public static Optional<AdvisedFix> of(Dockerfile dockerfile, List<PackageUpgrade> upgrades,
                                          DockerfileAttribution attribution, Predicate<String> imageHas) {
        List<PackageUpgrade> os = upgrades.stream()
                .filter(upgrade -> upgrade.pkg().fact().type().isOsPackage() && !upgrade.pkg().hidden()).toList();
        Optional<Stage> stage = dockerfile.finalStage();
        if (os.isEmpty() || stage.isEmpty()) {
            return Optional.empty();
        }
        PackageType type = os.get(0).pkg().fact().type();
        List<PackageUpgrade> ofType = os.stream().filter(upgrade -> upgrade.pkg().fact().type() == type).toList();
        StageSteps steps = StageSteps.of(dockerfile, stage.get(), type);
        Optional<OsPackageManager> manager = OsPackageManager.forPackages(type, steps.lastFrontEnd, imageHas);
        if (manager.isEmpty()) {
            return Optional.empty();
        }
        Instruction anchor = anchor(dockerfile, stage.get(), steps.lastInstall, ofType, attribution);
        List<String> names = List.copyOf(new TreeSet<>(ofType.stream().map(u -> u.pkg().fact().name()).toList()));
        String text = dockerfile.text();
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        String separator = names.size() > MOST_PACKAGES_ON_ONE_LINE
                ? " " + dockerfile.escapeCharacter() + lineBreak + "    " : " ";
        String command = manager.get().upgradeCommand(names, separator);
        TextEdit insert = TextEdit.insert(anchor.range().endOffset(), lineBreak + "RUN " + command);
        Fix fix = Fix.of(title(names), Fix.Safety.NEEDS_REVIEW, text, List.of(insert));
        return Optional.of(new AdvisedFix(AdvisedFix.Kind.UPGRADE_OS_PACKAGES, fix,
                description(ofType, manager.get(), anchor, stage.get()), fixedIds(ofType)));
    }

    /** The last of: the stage's last install step, the instructions that made affected layers; FROM when none. */
    private static Instruction anchor(Dockerfile dockerfile, Stage stage, Optional<Instruction> lastInstall,
                                      List<PackageUpgrade> upgrades, DockerfileAttribution attribution) {
        List<Instruction> candidates = new ArrayList<>();
        lastInstall.ifPresent(candidates::add);
        for (PackageUpgrade upgrade : upgrades) {
            attribution.instructionOfLayer(upgrade.pkg().layer())
                    .filter(instruction -> stage.instructions().contains(instruction)).ifPresent(candidates::add);
        }
        Instruction anchor = candidates.stream()
                .max((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset())).orElse(stage.from());
        Instruction previous = stage.from();
        for (Instruction instruction : stage.instructions()) {
            if (instruction.range().startOffset() > anchor.range().startOffset()) {
                break;
            }
            if (instruction instanceof UserInstruction user && !isRoot(dockerfile.expand(user, user.spec().text()))) {
                return previous;
            }
            previous = instruction;
        }
        return anchor;
    }

    private static boolean isRoot(String spec) {
        String user = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        return user.equals("root") || user.equals("0");
    }

    private static String title(List<String> names) {
        String which = names.size() <= 3 ? String.join(", ", names) : names.size() + " packages";
        return "Upgrade " + which + " in the final stage";
    }

    private static String description(List<PackageUpgrade> upgrades, OsPackageManager manager, Instruction anchor,
                                      Stage stage) {
        Map<String, List<PackageUpgrade>> bySource = new LinkedHashMap<>();
        for (PackageUpgrade upgrade : upgrades) {
            bySource.computeIfAbsent(upgrade.matchedName(), key -> new ArrayList<>()).add(upgrade);
        }
        StringBuilder out = new StringBuilder("Adds a ").append(manager.command()).append(" step ")
                .append(anchor == stage.from() ? "right after FROM" : "after line " + anchor.range().start().line())
                .append(" that upgrades:");
        bySource.forEach((source, list) -> {
            PackageUpgrade first = list.get(0);
            out.append("\n  ").append(source).append(' ').append(first.installed()).append(" → ").append(first.target())
                    .append(" (").append(String.join(", ", new TreeSet<>(list.stream().map(u -> u.pkg().fact().name()).toList())))
                    .append("): ").append(String.join(", ", new TreeSet<>(list.stream().flatMap(u -> u.fixes().stream()).toList())));
        });
        return out.append("\nRebuild on a base image that has these fixes, then remove the step.").toString();
    }

    private static List<String> fixedIds(List<PackageUpgrade> upgrades) {
        return List.copyOf(new TreeSet<>(upgrades.stream().flatMap(upgrade -> upgrade.fixes().stream()).toList()));
    }

    /** The final stage's own package steps: the last one that runs the manager's family, and the RPM front-end it used. */
    private record StageSteps(Optional<Instruction> lastInstall, Optional<String> lastFrontEnd) {

        static StageSteps of(Dockerfile dockerfile, Stage stage, PackageType type) {
            List<String> family = OsPackageManager.forPackages(type, Optional.empty(), path -> false)
                    .map(OsPackageManager::familyCommands).orElse(List.of());
            Instruction last = null;
            String frontEnd = null;
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof RunInstruction run)) {
                    continue;
                }
                for (ShellScript script : ShellScripts.of(dockerfile, run)) {
                    for (ShellCommand command : script.commands()) {
                        if (family.contains(command.baseName())) {
                            last = run;
                            if (List.of("dnf", "microdnf", "yum").contains(command.baseName())) {
                                frontEnd = command.baseName();
                            }
                        }
                    }
                }
            }
            return new StageSteps(Optional.ofNullable(last), Optional.ofNullable(frontEnd));
        }
    }
}
