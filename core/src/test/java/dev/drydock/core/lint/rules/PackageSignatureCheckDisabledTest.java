package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PackageSignatureCheckDisabledTest {

    @Test
    void cases() {
        catches("DD5012", "FROM debian\nRUN apt-get install -y --allow-unauthenticated curl\n");
        catches("DD5012", "FROM debian\nRUN apt-get update --allow-insecure-repositories\n");
        catches("DD5012", "FROM debian\nRUN apt-get -o Acquire::AllowInsecureRepositories=true update\n");
        catches("DD5012", "FROM debian\nRUN apt-get -oAPT::Get::AllowUnauthenticated=1 install -y curl\n");
        catches("DD5012", "FROM debian\nRUN apt-get install -y \\\n    --allow-unauthenticated \\\n    curl\n");
        catches("DD5012", "FROM alpine\nRUN <<EOF\napk add --allow-untrusted /tmp/x.apk\nEOF\n");
        catches("DD5012", "FROM fedora\nRUN rpm -ivh --nodigest /tmp/x.rpm\n");
        catches("DD5012", "FROM fedora\nRUN yum install -y --nogpgcheck x\n");
        catches("DD5012", "FROM fedora\nRUN dnf install -y --setopt=*.gpgcheck=false x\n");
        catches("DD5012", "FROM opensuse/leap\nRUN zypper --no-gpg-checks install -y x\n");
        passes("DD5012", "FROM debian\nRUN apt-get install -y curl\n");
        passes("DD5012", "FROM debian\nRUN apt-get -o Acquire::AllowInsecureRepositories=false update\n");
        passes("DD5012", "FROM fedora\nRUN dnf install -y --setopt=gpgcheck=1 x\n");
        passes("DD5012", "FROM debian\nRUN echo --allow-unauthenticated\n");
        passes("DD5012", "FROM alpine\nRUN apk add --no-cache curl\n");
    }
}
