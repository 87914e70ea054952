package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class AptGetWithoutYesTest {

    @Test
    void cases() {
        catches("DD3014", "FROM debian\nRUN apt-get install curl\n");
        catches("DD3014", "FROM debian\nRUN apt-get install curl # no -y here\n");
        catches("DD3014", "FROM debian\nONBUILD RUN apt-get install curl\n");
        catches("DD3014", "FROM debian\nRUN apt-get -q install curl\n");
        catches("DD3014", "FROM debian\nRUN apt-get update && \\\n    apt-get install \\\n    curl\n");
        catches("DD3014", "FROM debian\nRUN <<EOF\napt-get install curl\nEOF\n");
        catches("DD3014", "FROM debian\nRUN apt-get remove curl\n");
        catches("DD3014", "FROM debian\nRUN [\"apt-get\", \"install\", \"curl\"]\n");
        passes("DD3014", "FROM debian\nRUN apt-get install -y curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get install -qy curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get -qq install curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get install --yes curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get install --assume-yes curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n");
        passes("DD3014", "FROM debian\nRUN apt-get update\n");
        passes("DD3014", "FROM debian\nRUN echo apt-get install curl\n");
    }
}
