package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class AptListsNotDeletedTest {

    @Test
    void cases() {
        catches("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl\n");
        catches("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl # then clean\n");
        catches("DD3009", "FROM debian\nONBUILD RUN apt-get update && apt-get install -y curl\n");
        catches("DD3009", "FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    apt-get clean\n");
        catches("DD3009", "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n");
        catches("DD3009", "FROM debian AS base\nRUN apt-get update\nFROM base\nRUN true\n");
        catches("DD3009", "FROM debian\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n");
        catches("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl && rm /var/lib/apt/lists/lock\n");
        passes("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
        passes("DD3009", "FROM debian\nRUN apt-get update && apt-get install -y curl \\\n && rm -fr /var/lib/apt/lists\n");
        passes("DD3009", "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n");
        passes("DD3009", "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n");
        passes("DD3009", "FROM debian AS build\nRUN apt-get update\nFROM debian\nCOPY --from=build /x /x\n");
        passes("DD3009", "FROM debian\nRUN apt-get install -y ./local.deb\n");
        passes("DD3009", "FROM debian\nRUN echo apt-get update\n");
    }
}
