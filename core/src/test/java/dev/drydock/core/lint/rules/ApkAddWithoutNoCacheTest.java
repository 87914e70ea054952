package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class ApkAddWithoutNoCacheTest {

    @Test
    void cases() {
        catches("DD3019", "FROM alpine\nRUN apk add curl\n");
        catches("DD3019", "FROM alpine\nRUN apk update && \\\n    apk add \\\n    curl\n");
        catches("DD3019", "FROM alpine\nRUN <<EOF\napk add curl\nEOF\n");
        catches("DD3019", "FROM alpine\nRUN apk --virtual add add curl\n");
        catches("DD3019", "FROM alpine\nRUN --mount=type=cache,target=/root/.cache apk add curl\n");
        passes("DD3019", "FROM alpine\nRUN apk add --no-cache curl\n");
        passes("DD3019", "FROM alpine\nRUN apk --no-cache add curl\n");
        passes("DD3019", "FROM alpine\nRUN apk add curl && rm -rf /var/cache/apk/*\n");
        passes("DD3019", "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n");
        passes("DD3019", "FROM alpine\nRUN apk del curl\n");
        passes("DD3019", "FROM alpine\nRUN echo apk add curl\n");
    }
}
