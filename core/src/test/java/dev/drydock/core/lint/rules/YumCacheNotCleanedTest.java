package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class YumCacheNotCleanedTest {

    @Test
    void cases() {
        catches("DD3032", "FROM centos\nRUN yum install -y httpd\n");
        catches("DD3032", "FROM centos\nRUN yum clean all && yum install -y httpd\n");
        catches("DD3032", "FROM centos\nRUN <<EOF\nyum install -y httpd\nEOF\n");
        catches("DD3032", "FROM centos\nRUN --mount=type=cache,target=/var/cache/dnf yum install -y httpd\n");
        passes("DD3032", "FROM centos\nRUN yum install -y httpd && yum clean all\n");
        passes("DD3032", "FROM centos\nRUN yum install -y httpd \\\n    && rm -rf /var/cache/yum/*\n");
        passes("DD3032", "FROM centos\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n");
        passes("DD3032", "FROM centos\nRUN yum list installed\n");
    }
}
