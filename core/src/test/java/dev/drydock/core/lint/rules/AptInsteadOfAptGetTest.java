package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class AptInsteadOfAptGetTest {

    @Test
    void cases() {
        catches("DD3027", "FROM debian\nRUN apt install -y curl\n");
        catches("DD3027", "FROM debian\nRUN apt-get update && apt upgrade\n");
        catches("DD3027", "FROM debian\nRUN <<EOF\napt install -y curl\nEOF\n");
        passes("DD3027", "FROM debian\nRUN apt-get install -y curl\n");
        passes("DD3027", "FROM debian\nRUN echo apt\n");
        passes("DD3027", "FROM mcr.microsoft.com/windows\nSHELL [\"powershell\", \"-Command\"]\nRUN apt install x\n");
    }
}
