package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class YumVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3033", "FROM centos\nRUN yum install -y httpd\n");
        catches("DD3033", "FROM centos\nRUN yum install -y python3-pip\n");
        catches("DD3033", "FROM centos\nRUN yum install -y httpd-2.4.6 \\\n    mod_ssl\n");
        catches("DD3033", "FROM centos\nRUN yum module install -y nodejs\n");
        passes("DD3033", "FROM centos\nRUN yum install -y httpd-2.4.6\n");
        passes("DD3033", "FROM centos\nRUN yum install -y /tmp/x.rpm @development\n");
        passes("DD3033", "FROM centos\nRUN yum module install -y nodejs:18\n");
        passes("DD3033", "FROM centos\nRUN yum install -y $PACKAGES\n");
        passes("DD3033", "FROM centos\nRUN yum remove -y httpd\n");
    }
}
