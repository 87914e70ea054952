package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class YumInstallWithoutYesTest {

    @Test
    void cases() {
        catches("DD3030", "FROM centos\nRUN yum install httpd\n");
        catches("DD3030", "FROM centos\nRUN yum --enablerepo=extras \\\n    groupinstall x\n");
        catches("DD3030", "FROM centos\nRUN <<EOF\nyum install httpd\nEOF\n");
        passes("DD3030", "FROM centos\nRUN yum install -y httpd\n");
        passes("DD3030", "FROM centos\nRUN yum -q -y install httpd\n");
        passes("DD3030", "FROM centos\nRUN yum install --assumeyes httpd\n");
        passes("DD3030", "FROM centos\nRUN yum clean all\n");
    }
}
