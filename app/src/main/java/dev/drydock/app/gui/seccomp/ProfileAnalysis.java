package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.diff.ProfileDiff;
import dev.drydock.core.seccomp.diff.SeccompDiff;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.seccomp.syscalls.SyscallGroup;
import dev.drydock.core.seccomp.syscalls.SyscallGroups;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.core.seccomp.validation.SeccompValidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the profile editor shows about one version of the text: its problems, the calls it allows
 * grouped by purpose, and how it differs from the reference profile. Pure computation, off the FX thread.
 *
 * @param problems    validation problems, with positions
 * @param profile     the profile, when the text is one (it may still have problems)
 * @param allowed     allowed calls by group, groups in data-file order
 * @param summary     one sentence about the profile as a whole
 * @param diff        what changed against the reference, by group, groups with newly allowed calls first
 *                    (empty when nothing did)
 * @param diffSummary sentences about the rest of the diff: default action, other changes, architectures
 */
public record ProfileAnalysis(List<SeccompProblem> problems, Optional<SeccompProfile> profile,
                              List<AllowedGroup> allowed, String summary, List<DiffGroup> diff, List<String> diffSummary) {

    /** An empty editor. */
    public static final ProfileAnalysis NONE = new ProfileAnalysis(List.of(), Optional.empty(), List.of(),
            "Open a profile, or start one from a template.", List.of(), List.of());

    public ProfileAnalysis {
        problems = List.copyOf(problems);
        allowed = List.copyOf(allowed);
        diff = List.copyOf(diff);
        diffSummary = List.copyOf(diffSummary);
    }

    /** Analyses {@code text} against {@code reference}, named {@code referenceName} in sentences. */
    public static ProfileAnalysis of(String text, SeccompProfile reference, String referenceName) {
        List<SeccompProblem> problems = SeccompValidation.validateText(text);
        SeccompProfile profile;
        try {
            profile = SeccompProfileReader.read(text);
        } catch (SeccompReadException e) {
            return new ProfileAnalysis(problems, Optional.empty(), List.of(),
                    "The text is not a profile yet: see the problem below the editor.", List.of(),
                    List.of("Nothing to compare until the text is a profile."));
        }
        List<AllowedGroup> allowed = allowed(profile);
        ProfileDiff diff = SeccompDiff.between(reference, profile);
        return new ProfileAnalysis(problems, Optional.of(profile), allowed, summary(profile, allowed),
                diffGroups(diff), diffSummary(diff, referenceName));
    }

    private static List<AllowedGroup> allowed(SeccompProfile profile) {
        Set<String> always = new TreeSet<>();
        Set<String> sometimes = new TreeSet<>();
        for (SyscallRule rule : profile.rules()) {
            if ("SCMP_ACT_ALLOW".equals(rule.action()) || "SCMP_ACT_LOG".equals(rule.action())) {
                (rule.isConditional() ? sometimes : always).addAll(rule.allNames());
            }
        }
        Set<String> all = new TreeSet<>(always);
        all.addAll(sometimes);
        List<AllowedGroup> groups = new ArrayList<>();
        SyscallGroups.group(all).forEach((group, names) -> groups.add(new AllowedGroup(group, names.stream()
                .map(name -> new AllowedGroup.AllowedCall(name, group.isRisky(name), !always.contains(name)))
                .toList())));
        return groups;
    }

    private static String summary(SeccompProfile profile, List<AllowedGroup> allowed) {
        int calls = allowed.stream().mapToInt(group -> group.calls().size()).sum();
        long risky = allowed.stream().mapToLong(AllowedGroup::riskyCount).sum();
        String action = String.valueOf(profile.defaultAction());
        String counts = calls + (calls == 1 ? " call" : " calls") + " allowed in " + allowed.size()
                + (allowed.size() == 1 ? " group" : " groups") + ", " + risky + " of them risky.";
        if (action.equals("SCMP_ACT_ALLOW") || action.equals("SCMP_ACT_LOG")) {
            return "Every call no rule names is allowed (" + action + "): this profile is a deny-list. " + counts;
        }
        String errno = profile.defaultErrnoRet() == null ? "" : ", errno " + profile.defaultErrnoRet();
        return "Every other call is refused (" + action + errno + "). " + counts;
    }

    private static List<DiffGroup> diffGroups(ProfileDiff diff) {
        Map<SyscallGroup, List<String>> added = SyscallGroups.group(diff.addedAllowed());
        Map<SyscallGroup, List<String>> removed = SyscallGroups.group(diff.removedAllowed());
        Map<SyscallGroup, Boolean> order = new LinkedHashMap<>();
        for (SyscallGroup group : SyscallGroups.all()) {
            if (added.containsKey(group) || removed.containsKey(group)) {
                order.put(group, true);
            }
        }
        if (added.containsKey(SyscallGroups.OTHER) || removed.containsKey(SyscallGroups.OTHER)) {
            order.put(SyscallGroups.OTHER, true);
        }
        List<DiffGroup> groups = new ArrayList<>();
        List<SyscallGroup> addedFirst = new ArrayList<>(order.keySet());
        addedFirst.sort(Comparator.comparing(group -> !added.containsKey(group)));
        for (SyscallGroup group : addedFirst) {
            List<String> plus = added.getOrDefault(group, List.of());
            List<String> minus = removed.getOrDefault(group, List.of());
            Set<String> risky = new HashSet<>();
            plus.stream().filter(group::isRisky).forEach(risky::add);
            minus.stream().filter(group::isRisky).forEach(risky::add);
            groups.add(new DiffGroup(group.title(), plus, minus, risky));
        }
        return groups;
    }

    private static List<String> diffSummary(ProfileDiff diff, String referenceName) {
        if (diff.isEmpty()) {
            return List.of("Treats every call alike with " + referenceName + ".");
        }
        List<String> lines = new ArrayList<>();
        lines.add(diff.addedAllowed().size() + " allowed that " + referenceName + " does not allow, "
                + diff.removedAllowed().size() + " no longer allowed.");
        if (diff.defaultActionChanged()) {
            lines.add("Default action: " + diff.defaultActionBefore() + " → " + diff.defaultActionAfter() + ".");
        }
        if (!diff.changedActions().isEmpty()) {
            lines.add(diff.changedActions().size() + " calls treated otherwise (other action, errno or conditions): "
                    + String.join(", ", diff.changedActions().stream().limit(8).map(c -> c.syscall()).toList())
                    + (diff.changedActions().size() > 8 ? "…" : "") + ".");
        }
        if (!diff.addedArchitectures().isEmpty()) {
            lines.add("Architectures added: " + String.join(", ", diff.addedArchitectures()) + ".");
        }
        if (!diff.removedArchitectures().isEmpty()) {
            lines.add("Architectures removed: " + String.join(", ", diff.removedArchitectures()) + ".");
        }
        return lines;
    }
}
