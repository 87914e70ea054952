package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ApkAddVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3018", "FROM alpine\nRUN apk add --no-cache curl\n");
        catches("DD3018", "FROM alpine\nRUN apk add --no-cache curl=8.9.1-r1 \\\n    git\n");
        catches("DD3018", "FROM alpine\nRUN <<EOF\napk add --no-cache curl\nEOF\n");
        catches("DD3018", "FROM alpine\nRUN apk add --no-cache --virtual .deps gcc\n");
        passes("DD3018", "FROM alpine\nRUN apk add --no-cache curl=8.9.1-r1\n");
        passes("DD3018", "FROM alpine\nRUN apk add --no-cache curl~8.9\n");
        passes("DD3018", "FROM alpine\nRUN apk add --no-cache --virtual .deps gcc=13.2.1-r0\n");
        passes("DD3018", "FROM alpine\nRUN apk add --no-cache -X https://example.org/edge curl=8.9.1-r1\n");
        passes("DD3018", "FROM alpine\nRUN apk add --allow-untrusted /tmp/tool.apk\n");
        passes("DD3018", "FROM alpine\nRUN apk add --no-cache $PACKAGES\n");
        passes("DD3018", "FROM alpine\nRUN apk del curl\n");
    }
}
