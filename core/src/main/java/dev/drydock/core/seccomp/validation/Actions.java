package dev.drydock.core.seccomp.validation;

/** Checks of an action and of the errno that goes with it. */
final class Actions {
    private Actions() {
    }

    static void check(String action, String pointer, Problems problems) {
        if (!SeccompVocabulary.ACTIONS.contains(action)) {
            problems.error(pointer, "Unknown action \"" + action + "\"" + Words.suggestion(action, SeccompVocabulary.ACTIONS)
                    + "; actions are " + Words.list(SeccompVocabulary.ACTIONS) + ".");
        }
    }

    static void checkErrno(String action, Long errno, String pointer, String actionField, Problems problems) {
        if (errno == null || action == null || !SeccompVocabulary.ACTIONS.contains(action)) {
            return;
        }
        if (!SeccompVocabulary.ERRNO_ACTIONS.contains(action)) {
            problems.error(pointer, "An errno is given, but \"" + actionField + "\" is " + action
                    + ", which returns no errno. Use SCMP_ACT_ERRNO, or remove the errno.");
        } else if (errno < 0 || errno > 4095) {
            problems.error(pointer, "errno " + Long.toUnsignedString(errno) + " is out of range; errno values are "
                    + "1 to 4095 (1 is EPERM, 38 is ENOSYS).");
        }
    }
}
