package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class InvalidExposedPortTest {

    @Test
    void cases() {
        catches("DD3011", "FROM nginx:1.27\nEXPOSE 65536\n");
        catches("DD3011", "FROM nginx:1.27\nEXPOSE 80 80800/udp\n");
        catches("DD3011", "FROM nginx:1.27\nEXPOSE 8000-70000\n");
        catches("DD3011", "FROM nginx:1.27\nARG PORT=99999\nEXPOSE ${PORT}\n");
        passes("DD3011", "FROM nginx:1.27\nEXPOSE 0 80 443/tcp 65535/udp\n");
        passes("DD3011", "FROM nginx:1.27\nEXPOSE 8000-8010\n");
        passes("DD3011", "FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n");
    }
}
