package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ZypperCacheNotCleanedTest {

    @Test
    void cases() {
        catches("DD3036", "FROM opensuse/leap\nRUN zypper install -y curl\n");
        catches("DD3036", "FROM opensuse/leap\nRUN zypper -n in curl \\\n    && echo ok\n");
        catches("DD3036", "FROM opensuse/leap\nRUN <<EOF\nzypper -n in curl\nEOF\n");
        passes("DD3036", "FROM opensuse/leap\nRUN zypper -n in curl && zypper clean --all\n");
        passes("DD3036", "FROM opensuse/leap\nRUN zypper -n in curl && zypper cc -a\n");
        passes("DD3036", "FROM opensuse/leap\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl\n");
        passes("DD3036", "FROM opensuse/leap\nRUN zypper -n rm curl\n");
    }
}
