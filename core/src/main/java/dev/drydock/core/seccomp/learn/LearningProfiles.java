package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The profiles learning works with: a logging one for the runs, the enforcing one as the result. */
public final class LearningProfiles {

    public static final String LOG = "SCMP_ACT_LOG";
    public static final String ALLOW = "SCMP_ACT_ALLOW";
    public static final String ERRNO = "SCMP_ACT_ERRNO";
    /** EPERM: what a denied call returns, as in Docker's own default profile. */
    public static final long EPERM = 1;

    private LearningProfiles() {
    }

    /** Allows {@code allowed} silently and everything else too, but logs it: the profile of a learning run. */
    public static SeccompProfile logging(Collection<String> allowed, List<String> architectures) {
        return profile(LOG, null, allowed, architectures);
    }

    /** Allows {@code allowed} and denies everything else with EPERM: the learned profile. */
    public static SeccompProfile enforcing(Collection<String> allowed, List<String> architectures) {
        return profile(ERRNO, EPERM, allowed, architectures);
    }

    /**
     * {@code base} with a logging default instead of its own, plus an allow rule for {@code extra}: calls
     * {@code base} would deny are logged, not denied (how a verification finds what a profile lacks).
     */
    public static SeccompProfile loggingOver(SeccompProfile base, Collection<String> extra) {
        List<SyscallRule> rules = new ArrayList<>(base.rules());
        if (!extra.isEmpty()) {
            rules.add(SyscallRule.of(ALLOW, List.copyOf(new TreeSet<>(extra))));
        }
        return base.withDefaultAction(LOG, null).withSyscalls(rules);
    }

    private static SeccompProfile profile(String action, Long errno, Collection<String> allowed,
            List<String> architectures) {
        List<SyscallRule> rules = allowed.isEmpty() ? List.of()
                : List.of(SyscallRule.of(ALLOW, List.copyOf(new TreeSet<>(allowed))));
        return new SeccompProfile(action, errno, architectures, null, null, null, null, rules, Map.of());
    }
}
