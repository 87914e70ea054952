package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PackageUpgradeInDockerfileTest {

    @Test
    void cases() {
        catches("DD5010", "FROM debian\nRUN apt-get update && apt-get upgrade -y\n");
        catches("DD5010", "FROM debian\nRUN apt-get -y dist-upgrade\n");
        catches("DD5010", "FROM debian\nRUN apt full-upgrade -y\n");
        catches("DD5010", "FROM alpine\nRUN apk upgrade --no-cache\n");
        catches("DD5010", "FROM centos\nRUN yum -y update && yum clean all\n");
        catches("DD5010", "FROM fedora\nRUN <<EOF\ndnf upgrade -y\nEOF\n");
        passes("DD5010", "FROM debian\nRUN apt-get update && apt-get install -y --only-upgrade openssl\n");
        passes("DD5010", "FROM alpine\nRUN apk upgrade --no-cache openssl\n");
        passes("DD5010", "FROM centos\nRUN yum -y update openssl\n");
        passes("DD5010", "FROM opensuse/leap\nRUN zypper -n dup\n");
        passes("DD5010", "FROM debian\nRUN apt-get update\n");
    }
}
