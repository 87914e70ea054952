package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class BuildToolchainInFinalStageTest {

    @Test
    void cases() {
        catches("DD5014", "FROM debian\nRUN apt-get install -y build-essential\n");
        catches("DD5014", "FROM alpine\nRUN apk add --no-cache build-base git\n");
        catches("DD5014", "FROM fedora\nRUN dnf install -y gcc-c++ make\n");
        catches("DD5014", "FROM debian\nRUN apt-get install -y gcc=4:12.2.0-3\n");
        catches("DD5014", "FROM alpine AS build\nRUN true\nFROM alpine\nRUN apk add --virtual .deps gcc && apk del .other\n");
        catches("DD5014", "FROM debian\nRUN <<EOF\napt-get install -y cmake\nEOF\n");
        passes("DD5014", "FROM debian AS build\nRUN apt-get install -y gcc\nFROM debian\nCOPY --from=build /a /a\n");
        passes("DD5014", "FROM alpine\nRUN apk add -t .deps gcc && make && apk del .deps\n");
        passes("DD5014", "FROM debian\nRUN apt-get install -y gcc\nRUN apt-get purge -y --auto-remove gcc\n");
        passes("DD5014", "FROM debian\nRUN apt-get install -y curl ca-certificates\n");
        passes("DD5014", "FROM debian\nRUN make install\n");
    }
}
