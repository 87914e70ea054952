package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PointlessCommandInRunTest {

    @Test
    void cases() {
        catches("DD3001", "FROM debian\nRUN service nginx start\n");
        catches("DD3001", "FROM debian\nRUN make && \\\n    ps aux\n");
        catches("DD3001", "FROM debian\nRUN /sbin/ifconfig\n");
        catches("DD3001", "FROM debian\nRUN <<EOF\nshutdown -h now\nEOF\n");
        passes("DD3001", "FROM debian\nRUN apt-get install -y vim procps\n");
        passes("DD3001", "FROM debian\nRUN echo top\n");
        passes("DD3001", "FROM debian\nCMD [\"top\"]\n");
    }
}
