package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class GemVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3028", "FROM ruby\nRUN gem install rails\n");
        catches("DD3028", "FROM ruby\nRUN gem i bundler:2.5.18 \\\n    rails\n");
        catches("DD3028", "FROM ruby\nRUN <<EOF\ngem install --no-document rails\nEOF\n");
        passes("DD3028", "FROM ruby\nRUN gem install rails:7.1.3\n");
        passes("DD3028", "FROM ruby\nRUN gem install rails -v 7.1.3\n");
        passes("DD3028", "FROM ruby\nRUN gem install rails --version=7.1.3\n");
        passes("DD3028", "FROM ruby\nRUN gem install /tmp/tool-1.0.gem\n");
        passes("DD3028", "FROM ruby\nRUN gem update --system 3.5.18\n");
    }
}
