package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class SshServerInImageTest {

    @Test
    void cases() {
        catches("DD5013", "FROM debian\nRUN apt-get install -y openssh-server\n");
        catches("DD5013", "FROM debian\nRUN apt-get install -y \\\n    curl \\\n    openssh-server=1:9.2p1-2\n");
        catches("DD5013", "FROM alpine\nRUN apk add --no-cache openssh\n");
        catches("DD5013", "FROM alpine\nRUN apk add dropbear\n");
        catches("DD5013", "FROM fedora\nRUN dnf install -y openssh-server\n");
        catches("DD5013", "FROM debian\nEXPOSE 22\n");
        catches("DD5013", "FROM debian\nARG SSH=22\nEXPOSE $SSH\n");
        passes("DD5013", "FROM debian\nRUN apt-get install -y openssh-client\n");
        passes("DD5013", "FROM debian\nRUN apt-get remove -y openssh-server\n");
        passes("DD5013", "FROM debian\nRUN echo openssh-server\n");
        passes("DD5013", "FROM debian\nEXPOSE 2222 22/udp\n");
    }
}
