package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class AptGetWithoutNoInstallRecommendsTest {

    @Test
    void cases() {
        catches("DD3015", "FROM debian\nRUN apt-get install -y curl\n");
        catches("DD3015", "FROM debian\nRUN apt-get update \\\n && apt-get -o Dpkg::Use-Pty=0 install -y curl\n");
        catches("DD3015", "FROM debian\nRUN <<EOF\napt-get install -y curl\nEOF\n");
        catches("DD3015", "FROM debian AS build\nRUN apt-get install -y gcc\nFROM debian\nRUN true\n");
        passes("DD3015", "FROM debian\nRUN apt-get install -y --no-install-recommends curl\n");
        passes("DD3015", "FROM debian\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n");
        passes("DD3015", "FROM debian\nRUN apt-get update && apt-get upgrade -y\n");
        passes("DD3015", "FROM debian\nRUN apt-get -o Foo=install update\n");
    }
}
